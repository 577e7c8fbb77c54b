import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  NotificationList,
  NotificationPreferences,
  NotificationView,
} from '@leerruimte/shared-contracts';
import { NotificationsPage } from './notifications-page';

const hour = 3_600_000;

function prompt(id: number, updatedAt: Date, read = false): NotificationView {
  return {
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    createdAt: updatedAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    readAt: read ? updatedAt.toISOString() : null,
    content: {
      kind: 'reflection_prompt',
      occurrenceId: `00000000-0000-4000-8000-${String(100 + id).padStart(12, '0')}`,
      question: `Vraag ${id}`,
      teamName: 'Wijkteam Noord',
      closesAt: new Date(updatedAt.getTime() + 48 * hour).toISOString(),
    },
  };
}

const preferences: NotificationPreferences = {
  default: 'daily_digest',
  kinds: {
    module_assigned: null,
    assignment_due_soon: null,
    reflection_prompt: 'each',
    why_question_answered: null,
    why_question_on_agenda: null,
    experiment_status_changed: null,
    training_requested: null,
  },
};

/** Lets an answer's promise continue, then the change detection it schedules run. */
async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe(NotificationsPage.name, () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(list: NotificationList) {
    const fixture = TestBed.createComponent(NotificationsPage);
    TestBed.tick();
    http.expectOne('/api/me/notifications/preferences').flush(preferences);
    http
      .expectOne(
        (request) => request.url === '/api/me/notifications' && !request.params.has('before'),
      )
      .flush(list);
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const now = new Date();
  const today = prompt(1, new Date(now.getTime() - 60_000));
  const lastWeek = prompt(2, new Date(now.getTime() - 7 * 24 * hour), true);

  it('groups the history by day, newest first, and tells unread from read in words', async () => {
    const { element } = await render({ unread: 1, notifications: [today, lastWeek], more: false });
    const days = [...element.querySelectorAll('section.day')];
    expect(days).toHaveLength(2);
    expect(days[0].querySelector('h2')?.textContent).toBe('Vandaag');
    expect(days[1].querySelector('h2')?.textContent).not.toBe('Gisteren');
    const items = element.querySelectorAll('[data-testid=notification]');
    expect(items[0].textContent).toContain('ongelezen');
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe(
      `/reflecties/${(today.content as { occurrenceId: string }).occurrenceId}`,
    );
    expect(items[1].textContent).not.toContain('ongelezen');
    expect(element.textContent).toContain('1 ongelezen melding');
  });

  it('marks one read, then all, each by one request, and the count follows', async () => {
    const second = prompt(3, new Date(now.getTime() - 120_000));
    const { fixture, element } = await render({
      unread: 2,
      notifications: [today, second],
      more: false,
    });
    const markOne = element.querySelector<HTMLButtonElement>('[data-testid=notification] button');
    expect(markOne?.getAttribute('aria-label')).toContain('Vraag 1');
    markOne?.click();
    const one = http.expectOne('/api/me/notifications/read');
    expect(one.request.body).toEqual({ ids: [today.id] });
    one.flush(null);
    await settle(fixture);
    http
      .expectOne('/api/me/notifications?limit=5')
      .flush({ unread: 1, notifications: [], more: false });
    await settle(fixture);
    expect(element.textContent).toContain('1 ongelezen melding');

    const markAll = [...element.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Alles gelezen',
    );
    markAll?.click();
    const all = http.expectOne('/api/me/notifications/read');
    expect(all.request.body).toEqual({});
    all.flush(null);
    await settle(fixture);
    http
      .expectOne('/api/me/notifications?limit=5')
      .flush({ unread: 0, notifications: [], more: false });
    await settle(fixture);
    expect(element.textContent).toContain('Alles is gelezen.');
    expect(element.querySelectorAll('li.unread')).toHaveLength(0);
  });

  it('loads older ones before the last shown, and asks the server for one kind', async () => {
    const { fixture, element } = await render({ unread: 0, notifications: [today], more: true });
    [...element.querySelectorAll('button')]
      .find((button) => button.textContent?.includes('Oudere meldingen'))
      ?.click();
    const older = http.expectOne((request) => request.params.get('before') === today.updatedAt);
    older.flush({ unread: 0, notifications: [lastWeek], more: false });
    await settle(fixture);
    expect(element.querySelectorAll('[data-testid=notification]')).toHaveLength(2);
    expect(element.textContent).not.toContain('Oudere meldingen');

    const filter = element.querySelector<HTMLSelectElement>('#notification-kind');
    if (!filter) throw new Error('no filter');
    filter.value = 'why_question_answered';
    filter.dispatchEvent(new Event('change'));
    await settle(fixture);
    http
      .expectOne((request) => request.params.get('kind') === 'why_question_answered')
      .flush({ unread: 0, notifications: [], more: false });
    await settle(fixture);
    expect(element.textContent).toContain('Geen meldingen van deze soort.');
  });

  it('says so when there is nothing yet, and offers to try again when loading fails', async () => {
    const { fixture, element } = await render({ unread: 0, notifications: [], more: false });
    expect(element.textContent).toContain('Nog geen meldingen.');

    const filter = element.querySelector<HTMLSelectElement>('#notification-kind');
    if (!filter) throw new Error('no filter');
    filter.value = 'module_assigned';
    filter.dispatchEvent(new Event('change'));
    await settle(fixture);
    http
      .expectOne((request) => request.params.get('kind') === 'module_assigned')
      .flush(null, { status: 503, statusText: 'Unavailable' });
    await settle(fixture);
    expect(element.textContent).toContain('De meldingen konden niet worden opgehaald.');
    [...element.querySelectorAll('button')]
      .find((button) => button.textContent?.trim() === 'Opnieuw proberen')
      ?.click();
    await settle(fixture);
    http
      .expectOne((request) => request.params.get('kind') === 'module_assigned')
      .flush({ unread: 0, notifications: [today], more: false });
    await settle(fixture);
    expect(element.querySelectorAll('[data-testid=notification]')).toHaveLength(1);
  });

  it('saves a mail choice per kind at once, and shows what is stored when saving fails', async () => {
    const { fixture, element } = await render({ unread: 0, notifications: [], more: false });
    const select = element.querySelector<HTMLSelectElement>('#mail-reflection_prompt');
    if (!select) throw new Error('no select');
    expect(select.value).toBe('each');
    expect(element.querySelector('#mail-module_assigned option:checked')?.textContent?.trim()).toBe(
      'Standaard: Eén overzicht per dag',
    );

    select.value = 'default';
    select.dispatchEvent(new Event('change'));
    const save = http.expectOne('/api/me/notifications/preferences');
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({ kinds: { reflection_prompt: null } });
    save.flush({ ...preferences, kinds: { ...preferences.kinds, reflection_prompt: null } });
    await settle(fixture);
    expect(element.textContent).toContain('Opgeslagen');

    select.value = 'off';
    select.dispatchEvent(new Event('change'));
    http
      .expectOne('/api/me/notifications/preferences')
      .flush(null, { status: 500, statusText: 'Error' });
    await settle(fixture);
    expect(element.textContent).toContain('Je keuze kon niet worden opgeslagen.');
    expect(select.value).toBe('default');
  });
});
