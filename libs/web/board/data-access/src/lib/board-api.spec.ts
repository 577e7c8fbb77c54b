import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { BoardApi, boardExportUrl } from './board-api';

const teamId = 't-centrum';

describe(BoardApi.name, () => {
  let sut: BoardApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    sut = TestBed.inject(BoardApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('fetches the board of the team', async () => {
    const board = firstValueFrom(sut.board(teamId));

    const request = backend.expectOne('/api/teams/t-centrum/board');
    expect(request.request.method).toBe('GET');
    request.flush({ teamName: 'Wijkteam Centrum' });
    expect(await board).toEqual({ teamName: 'Wijkteam Centrum' });
  });

  it('sends only the filters that are set', () => {
    void firstValueFrom(sut.whyQuestions(teamId, { theme: 'ethiek-en-moraal', status: undefined }));
    void firstValueFrom(sut.experiments(teamId, {}));
    void firstValueFrom(sut.learnings(teamId, { q: 'indicatie', theme: undefined }));

    backend.expectOne('/api/teams/t-centrum/why-questions?theme=ethiek-en-moraal').flush([]);
    backend.expectOne('/api/teams/t-centrum/experiments').flush([]);
    backend.expectOne('/api/teams/t-centrum/learnings?q=indicatie').flush([]);
  });

  it('asks a deeper why with its parent and the confirmation', () => {
    const body = {
      question: 'Waarom vragen we eerst naar de indicatie?',
      theme: 'aanpak' as const,
      parentQuestionId: '00000000-0000-4000-8000-000000000009',
      confirmedNotClientData: true,
    };
    void firstValueFrom(sut.askWhy(teamId, body));

    const request = backend.expectOne('/api/teams/t-centrum/why-questions');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(body);
    request.flush({});
  });

  it('votes with PUT and withdraws the vote with DELETE', () => {
    void firstValueFrom(sut.vote(teamId, 'q1', true));
    void firstValueFrom(sut.vote(teamId, 'q1', false));

    const [vote, withdraw] = backend.match('/api/teams/t-centrum/why-questions/q1/vote');
    expect(vote.request.method).toBe('PUT');
    expect(withdraw.request.method).toBe('DELETE');
    vote.flush({});
    withdraw.flush({});
  });

  it('plans, concludes and answers a question at its own address', () => {
    void firstValueFrom(sut.setAgenda(teamId, 'q1', { onAgenda: true }));
    void firstValueFrom(sut.markDiscussed(teamId, 'q1', { conclusion: 'We vragen eerst.' }));
    void firstValueFrom(sut.answerWhy(teamId, 'q1', { text: 'Omdat het zo hoort.' }));

    const agenda = backend.expectOne('/api/teams/t-centrum/why-questions/q1/agenda');
    expect(agenda.request.method).toBe('PUT');
    expect(agenda.request.body).toEqual({ onAgenda: true });
    const discussed = backend.expectOne('/api/teams/t-centrum/why-questions/q1/discussed');
    expect(discussed.request.method).toBe('POST');
    expect(discussed.request.body).toEqual({ conclusion: 'We vragen eerst.' });
    const answer = backend.expectOne('/api/teams/t-centrum/why-questions/q1/answers');
    expect(answer.request.body).toEqual({ text: 'Omdat het zo hoort.' });
    [agenda, discussed, answer].forEach((request) => request.flush({}));
  });

  it('moves, evaluates and logs an experiment', () => {
    void firstValueFrom(sut.changeStatus(teamId, 'e1', 'running'));
    void firstValueFrom(
      sut.evaluate(teamId, 'e1', {
        doneAsPlanned: 'partly',
        comparedWithPrediction: 'Minder dan gedacht.',
        learned: 'Eerst vragen werkt.',
        decision: 'adapted',
      }),
    );
    void firstValueFrom(
      sut.addLogEntry(teamId, 'e1', { observedOn: '2026-11-20', text: 'Rustig.' }),
    );
    void firstValueFrom(
      sut.addDataPoint(teamId, 'e1', { measuredOn: '2026-11-20', value: 4, note: '' }),
    );

    const status = backend.expectOne('/api/teams/t-centrum/experiments/e1/status');
    expect(status.request.method).toBe('POST');
    expect(status.request.body).toEqual({ status: 'running' });
    const evaluation = backend.expectOne('/api/teams/t-centrum/experiments/e1/evaluation');
    expect(evaluation.request.body).toMatchObject({ decision: 'adapted' });
    const log = backend.expectOne('/api/teams/t-centrum/experiments/e1/logbook');
    expect(log.request.body).toEqual({ observedOn: '2026-11-20', text: 'Rustig.' });
    const point = backend.expectOne('/api/teams/t-centrum/experiments/e1/data-points');
    expect(point.request.body).toEqual({ measuredOn: '2026-11-20', value: 4, note: '' });
    [status, evaluation, log, point].forEach((request) => request.flush({}));
  });

  it('records a case discussion and saves the settings and a hidden item', () => {
    void firstValueFrom(
      sut.recordDiscussion(teamId, 'c1', {
        method: 'gossip_method',
        heldOn: '2026-11-20',
        steps: [{ step: 'case', notes: '' }],
        outcome: 'We bellen eerst.',
      }),
    );
    void firstValueFrom(sut.saveSettings(teamId, { agendaBy: 'members' }));
    void firstValueFrom(
      sut.hide(teamId, { itemType: 'why_answer', itemId: 'a1', reason: 'Bevat een naam.' }),
    );

    const discussion = backend.expectOne('/api/teams/t-centrum/cases/c1/discussions');
    expect(discussion.request.method).toBe('POST');
    const settings = backend.expectOne('/api/teams/t-centrum/board/settings');
    expect(settings.request.method).toBe('PUT');
    expect(settings.request.body).toEqual({ agendaBy: 'members' });
    const hidden = backend.expectOne('/api/teams/t-centrum/board/hidden-items');
    expect(hidden.request.body).toEqual({
      itemType: 'why_answer',
      itemId: 'a1',
      reason: 'Bevat een naam.',
    });
    discussion.flush({});
    settings.flush({});
    hidden.flush(null, { status: 204, statusText: 'No Content' });
  });
});

describe(boardExportUrl.name, () => {
  it('links to the export with the format and the theme filter', () => {
    expect(boardExportUrl(teamId, { format: 'pdf' })).toBe(
      '/api/teams/t-centrum/board/export?format=pdf',
    );
    expect(boardExportUrl(teamId, { format: 'md', theme: 'ethiek-en-moraal' })).toBe(
      '/api/teams/t-centrum/board/export?format=md&theme=ethiek-en-moraal',
    );
  });
});
