import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { BoardSettings, WhyQuestionSummary } from '@leerruimte/shared-contracts';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FormBehaviour,
  FormProblem,
  LoadState,
  Notice,
  formAction,
} from '@leerruimte/web-shared-ui';
import { PageTitle, appPaths, link } from '@leerruimte/web-shared-util';
import { boardPageTexts, boardTexts } from './board.texts';
import { PrivacyAllowancesSection } from './privacy/privacy-allowances';
import { VoteButton } from './questions/vote-button';

/**
 * The team's learning board: open why-questions by votes, experiments under way and what the
 * team learned lately, with the way to the first question, case or experiment.
 */
@Component({
  selector: 'lr-board-page',
  imports: [
    PrivacyAllowancesSection,
    FormBehaviour,
    FormProblem,
    LoadState,
    MatRadioModule,
    Notice,
    ReactiveFormsModule,
    RouterLink,
    VoteButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-page.html',
  styleUrl: './board-pages.scss',
})
export class BoardPage {
  private readonly api = inject(BoardApi);
  private readonly pageTitle = inject(PageTitle);
  protected readonly t = injectTexts(boardPageTexts);
  protected readonly common = injectTexts(boardTexts);
  protected readonly dates = injectDateFormat();
  protected readonly settingsAction = formAction();

  readonly teamId = input.required<string>();

  protected readonly board = rxResource({
    params: () => this.teamId(),
    stream: ({ params }) => this.api.board(params),
  });
  protected readonly settingsSaved = signal(false);
  protected readonly settingsForm = new FormGroup({
    agendaBy: new FormControl<BoardSettings['agendaBy']>('lead', { nonNullable: true }),
  });

  protected readonly startLink = link(appPaths.start);
  protected readonly links = computed(() => {
    const teamId = this.teamId();
    return {
      questions: link(appPaths.whyQuestions, { teamId }),
      newQuestion: link(appPaths.newWhyQuestion, { teamId }),
      experiments: link(appPaths.experiments, { teamId }),
      newExperiment: link(appPaths.newExperiment, { teamId }),
      cases: link(appPaths.cases, { teamId }),
      newCase: link(appPaths.newCase, { teamId }),
      history: link(appPaths.boardHistory, { teamId }),
    };
  });

  constructor() {
    effect(() => {
      if (!this.board.hasValue()) return;
      const board = this.board.value();
      this.pageTitle.subject.set(board.teamName);
      this.settingsForm.setValue({ agendaBy: board.settings.agendaBy });
    });
  }

  protected questionLink(questionId: string): string {
    return link(appPaths.whyQuestion, { teamId: this.teamId(), questionId });
  }

  protected experimentLink(experimentId: string): string {
    return link(appPaths.experiment, { teamId: this.teamId(), experimentId });
  }

  protected learningLink(kind: 'why_question' | 'experiment', id: string): string {
    return kind === 'why_question' ? this.questionLink(id) : this.experimentLink(id);
  }

  /** Counts change in place; the order stays until the next visit, so focus does not jump. */
  protected voted(updated: WhyQuestionSummary): void {
    this.board.value.update(
      (board) =>
        board && {
          ...board,
          openQuestions: board.openQuestions.map((question) =>
            question.id === updated.id
              ? { ...question, votes: updated.votes, votedByMe: updated.votedByMe }
              : question,
          ),
        },
    );
  }

  protected async saveSettings(): Promise<void> {
    this.settingsSaved.set(false);
    const saved = await this.settingsAction.run(
      () => firstValueFrom(this.api.saveSettings(this.teamId(), this.settingsForm.getRawValue())),
      { form: this.settingsForm },
    );
    if (saved) {
      this.settingsSaved.set(true);
      this.board.value.update((board) => board && { ...board, settings: saved });
    }
  }
}
