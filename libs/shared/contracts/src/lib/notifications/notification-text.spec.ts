import type { NotificationContent } from './notifications';
import {
  type NotificationKind,
  notificationKindNames,
  notificationKinds,
  notificationPath,
  notificationSubject,
  notificationText,
} from './notification-text';

/** One of each kind; the compiler checks the list covers every kind the schema knows. */
const examples: { [K in NotificationKind]: Extract<NotificationContent, { kind: K }> } = {
  module_assigned: {
    kind: 'module_assigned',
    moduleSlug: 'bewust-leren',
    moduleTitle: 'Bewust leren',
    teamName: 'Wijkteam Noord',
    assignedBy: 'Samira El Amrani',
    dueDate: '2026-12-18',
  },
  assignment_due_soon: {
    kind: 'assignment_due_soon',
    assignmentId: '00000000-0000-4000-8000-00000000000d',
    moduleSlug: 'bewust-leren',
    moduleTitle: 'Bewust leren',
    teamName: 'Wijkteam Noord',
    dueDate: '2026-12-18',
  },
  reflection_prompt: {
    kind: 'reflection_prompt',
    occurrenceId: '00000000-0000-4000-8000-000000000001',
    question: 'Wat leerde je?',
    teamName: 'Wijkteam Noord',
    closesAt: '2026-12-09T14:00:00.000Z',
  },
  why_question_answered: {
    kind: 'why_question_answered',
    teamId: '00000000-0000-4000-8000-00000000000a',
    questionId: '00000000-0000-4000-8000-00000000000b',
    question: 'Waarom altijd de indicatie eerst?',
    teamName: 'Wijkteam Noord',
    answeredBy: 'Joost Visser',
  },
  why_question_on_agenda: {
    kind: 'why_question_on_agenda',
    teamId: '00000000-0000-4000-8000-00000000000a',
    questionId: '00000000-0000-4000-8000-00000000000b',
    question: 'Waarom altijd de indicatie eerst?',
    teamName: 'Wijkteam Noord',
  },
  experiment_status_changed: {
    kind: 'experiment_status_changed',
    teamId: '00000000-0000-4000-8000-00000000000a',
    experimentId: '00000000-0000-4000-8000-00000000000c',
    title: 'Eerst vragen wat de bewoner wil',
    teamName: 'Wijkteam Noord',
    status: 'evaluating',
    changedBy: 'Fatma Yilmaz',
  },
  training_requested: {
    kind: 'training_requested',
    teamId: '00000000-0000-4000-8000-00000000000a',
    sessionId: '00000000-0000-4000-8000-00000000000d',
    trainingTitle: 'Hollen of stilstaan',
    date: '2026-12-14',
    teamName: 'Wijkteam Noord',
    requestedBy: 'Joost Visser',
  },
};

describe('notification texts', () => {
  it('words every kind in Dutch and English, with a name for its preference', () => {
    expect(Object.keys(examples).sort()).toEqual([...notificationKinds].sort());
    for (const kind of notificationKinds) {
      for (const locale of ['nl', 'en'] as const) {
        expect(notificationText(examples[kind], locale).length).toBeGreaterThan(10);
        expect(notificationKindNames[locale][kind]).toBeTruthy();
      }
    }
  });

  it('writes a due date the Dutch way and a status as a word', () => {
    expect(notificationText(examples.module_assigned, 'nl')).toBe(
      'Samira El Amrani vraagt je in Wijkteam Noord de module “Bewust leren” te volgen, graag af vóór 18-12-2026.',
    );
    expect(notificationText(examples.assignment_due_soon, 'nl')).toBe(
      'Herinnering: rond de module “Bewust leren” van Wijkteam Noord graag af vóór 18-12-2026.',
    );
    expect(notificationText(examples.experiment_status_changed, 'en')).toContain('to: evaluating.');
  });

  it('leads to the page of its item, and knows which item it is about', () => {
    expect(notificationPath(examples.reflection_prompt)).toBe(
      '/reflecties/00000000-0000-4000-8000-000000000001',
    );
    expect(notificationPath(examples.experiment_status_changed)).toBe(
      '/team/00000000-0000-4000-8000-00000000000a/leerbord/experimenten/00000000-0000-4000-8000-00000000000c',
    );
    expect(notificationPath(examples.training_requested)).toBe(
      '/team/00000000-0000-4000-8000-00000000000a/trainingen/bijeenkomst/00000000-0000-4000-8000-00000000000d',
    );
    // Two people's requests for one session are two pieces of news, not one bundle.
    expect(notificationSubject(examples.training_requested)).not.toBe(
      notificationSubject({ ...examples.training_requested, requestedBy: 'Fatma Yilmaz' }),
    );
    // An answer and an agenda placing of the same question are different news.
    expect(notificationSubject(examples.why_question_answered)).not.toBe(
      notificationSubject(examples.why_question_on_agenda),
    );
  });
});
