import { appPaths, link } from '@leerruimte/shared-paths';
import { experimentStatusWords } from '../board/experiment-statuses';
import type { Locale } from '../i18n/locale';
import type { EmailNotificationChoice } from '../identity/auth';
import type { NotificationContent } from './notifications';

// Plain values and functions, no schemas: the web app words notifications without zod, and
// mails, digests and pages say the same thing.

/** Every kind of notification; each has its own mail preference. */
export const notificationKinds = [
  'module_assigned',
  'assignment_due_soon',
  'reflection_prompt',
  'why_question_answered',
  'why_question_on_agenda',
  'experiment_status_changed',
  'training_requested',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** What a kind is about, for the preferences and the filter of the notification centre. */
export const notificationKindNames: Record<Locale, Record<NotificationKind, string>> = {
  nl: {
    module_assigned: 'Modules die je team je vraagt te volgen',
    assignment_due_soon: 'Herinneringen twee dagen voordat een module af moet zijn',
    reflection_prompt: 'Reflectievragen en herinneringen',
    why_question_answered: 'Reacties op je waarom-vragen',
    why_question_on_agenda: 'Waarom-vragen op de agenda',
    experiment_status_changed: 'Experimenten waar je aan meedoet',
    training_requested: 'Aanvragen voor een plek in een training (teamleiders)',
  },
  en: {
    module_assigned: 'Modules your team asks you to follow',
    assignment_due_soon: 'Reminders two days before a module is due',
    reflection_prompt: 'Reflection questions and reminders',
    why_question_answered: 'Responses to your why-questions',
    why_question_on_agenda: 'Why-questions on the agenda',
    experiment_status_changed: 'Experiments you take part in',
    training_requested: 'Requests for a place in a training (team leads)',
  },
};

/** The mail choices in words: for the default on "Mijn account" and per kind. */
export const emailChoiceNames: Record<Locale, Record<EmailNotificationChoice, string>> = {
  nl: {
    each: 'Bij elk bericht een e-mail',
    daily_digest: 'Eén overzicht per dag',
    off: 'Geen e-mail, alleen in Leerruimte',
  },
  en: {
    each: 'An e-mail for each message',
    daily_digest: 'One summary a day',
    off: 'No e-mail, only in Leerruimte',
  },
};

/** A calendar date ("2026-12-07") as the app writes it everywhere: 07-12-2026. */
function dutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}-${month}-${year}`;
}

/** One sentence that says what happened, in the reader's language: for the app and for mails. */
export function notificationText(content: NotificationContent, locale: Locale): string {
  const nl = locale === 'nl';
  switch (content.kind) {
    case 'module_assigned': {
      const due = content.dueDate ? dutchDate(content.dueDate) : null;
      return nl
        ? `${content.assignedBy} vraagt je in ${content.teamName} de module “${content.moduleTitle}” te volgen${due ? `, graag af vóór ${due}` : ''}.`
        : `${content.assignedBy} asks you to follow the module “${content.moduleTitle}” in ${content.teamName}${due ? `, please complete by ${due}` : ''}.`;
    }
    case 'assignment_due_soon':
      return nl
        ? `Herinnering: rond de module “${content.moduleTitle}” van ${content.teamName} graag af vóór ${dutchDate(content.dueDate)}.`
        : `Reminder: please complete the module “${content.moduleTitle}” for ${content.teamName} by ${dutchDate(content.dueDate)}.`;
    case 'reflection_prompt':
      if (content.reminder) {
        return nl
          ? `Herinnering, reflectievraag van ${content.teamName}: ${content.question}`
          : `Reminder, reflection question from ${content.teamName}: ${content.question}`;
      }
      return nl
        ? `Reflectievraag van ${content.teamName}: ${content.question}`
        : `Reflection question from ${content.teamName}: ${content.question}`;
    case 'why_question_answered':
      return nl
        ? `${content.answeredBy} reageerde in ${content.teamName} op de waarom-vraag “${content.question}”.`
        : `${content.answeredBy} responded in ${content.teamName} to the why-question “${content.question}”.`;
    case 'why_question_on_agenda':
      return nl
        ? `Op de agenda van ${content.teamName}: de waarom-vraag “${content.question}”.`
        : `On the agenda of ${content.teamName}: the why-question “${content.question}”.`;
    case 'experiment_status_changed':
      return nl
        ? `${content.changedBy} zette het experiment “${content.title}” in ${content.teamName} op: ${experimentStatusWords.nl[content.status]}.`
        : `${content.changedBy} set the experiment “${content.title}” in ${content.teamName} to: ${experimentStatusWords.en[content.status]}.`;
    case 'training_requested':
      return nl
        ? `${content.requestedBy} vraagt in ${content.teamName} een plek aan voor “${content.trainingTitle}” op ${dutchDate(content.date)}; keur de aanvraag goed of wijs hem af.`
        : `${content.requestedBy} asks in ${content.teamName} for a place in “${content.trainingTitle}” on ${dutchDate(content.date)}; approve or decline the request.`;
  }
}

/** Where a notification leads in the web app (mails put the public address in front). */
export function notificationPath(content: NotificationContent): string {
  switch (content.kind) {
    case 'module_assigned':
    case 'assignment_due_soon':
      return link(appPaths.module, { moduleSlug: content.moduleSlug });
    case 'reflection_prompt':
      return link(appPaths.prompt, { occurrenceId: content.occurrenceId });
    case 'why_question_answered':
    case 'why_question_on_agenda':
      return link(appPaths.whyQuestion, {
        teamId: content.teamId,
        questionId: content.questionId,
      });
    case 'experiment_status_changed':
      return link(appPaths.experiment, {
        teamId: content.teamId,
        experimentId: content.experimentId,
      });
    case 'training_requested':
      return link(appPaths.trainingSession, {
        teamId: content.teamId,
        sessionId: content.sessionId,
      });
  }
}

/**
 * The item a notification is about. Notifications of one kind about one item, close together,
 * are one notification (an experiment moved through four statuses in a minute is one message).
 */
export function notificationSubject(content: NotificationContent): string {
  switch (content.kind) {
    case 'module_assigned':
      return `${content.kind}:${content.moduleSlug}`;
    case 'assignment_due_soon':
      // A reminder of a new due date is news of its own.
      return `${content.kind}:${content.assignmentId}:${content.dueDate}`;
    case 'reflection_prompt':
      return `${content.kind}:${content.occurrenceId}`;
    case 'why_question_answered':
    case 'why_question_on_agenda':
      return `${content.kind}:${content.questionId}`;
    case 'experiment_status_changed':
      return `${content.kind}:${content.experimentId}`;
    case 'training_requested':
      // Each person's request is news of its own, also for the same session.
      return `${content.kind}:${content.sessionId}:${content.requestedBy}`;
  }
}
