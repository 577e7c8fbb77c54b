import {
  type Locale,
  type NotificationContent,
  experimentStatusWords,
} from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';

/** One line that says what a notification is about, for mails (the web app words its own). */
export function notificationLine(content: NotificationContent, locale: Locale): string {
  const nl = locale === 'nl';
  switch (content.kind) {
    case 'module_assigned':
      return nl
        ? `${content.assignedBy} vraagt je in ${content.teamName} de module "${content.moduleTitle}" te volgen.`
        : `${content.assignedBy} asks you to follow the module "${content.moduleTitle}" in ${content.teamName}.`;
    case 'reflection_prompt':
      return nl
        ? `${content.reminder ? 'Herinnering, r' : 'R'}eflectievraag van ${content.teamName}: ${content.question}`
        : `${content.reminder ? 'Reminder, r' : 'R'}eflection question from ${content.teamName}: ${content.question}`;
    case 'why_question_answered':
      return nl
        ? `${content.answeredBy} reageerde in ${content.teamName} op je waarom-vraag "${content.question}".`
        : `${content.answeredBy} responded in ${content.teamName} to your why-question "${content.question}".`;
    case 'why_question_on_agenda':
      return nl
        ? `Op de agenda van ${content.teamName}: "${content.question}".`
        : `On the agenda of ${content.teamName}: "${content.question}".`;
    case 'experiment_status_changed':
      return nl
        ? `${content.changedBy} zette het experiment "${content.title}" in ${content.teamName} op ${experimentStatusWords.nl[content.status]}.`
        : `${content.changedBy} set the experiment "${content.title}" in ${content.teamName} to ${experimentStatusWords.en[content.status]}.`;
  }
}

/** Where in the web app a notification leads, as a path below the public URL. */
export function notificationPath(content: NotificationContent): string {
  switch (content.kind) {
    case 'module_assigned':
      return link(appPaths.module, { moduleSlug: content.moduleSlug });
    case 'reflection_prompt':
      return link(appPaths.prompt, { occurrenceId: content.occurrenceId });
    case 'why_question_answered':
    case 'why_question_on_agenda':
      return link(appPaths.whyQuestion, { teamId: content.teamId, questionId: content.questionId });
    case 'experiment_status_changed':
      return link(appPaths.experiment, {
        teamId: content.teamId,
        experimentId: content.experimentId,
      });
  }
}
