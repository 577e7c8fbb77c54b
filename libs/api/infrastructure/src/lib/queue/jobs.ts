/**
 * Every queue and job in Leerruimte, with its payload type. The worker refuses to start when a
 * job has no handler or more than one.
 */
export enum QueueName {
  Platform = 'platform',
  Mail = 'mail',
  Learning = 'learning',
  Reflection = 'reflection',
  Reporting = 'reporting',
  Trainings = 'trainings',
}

export enum JobName {
  PlatformHeartbeat = 'platform.heartbeat',
  MailDeliver = 'mail.deliver',
  SessionCleanup = 'identity.session-cleanup',
  PeopleImport = 'identity.people-import',
  XapiForward = 'learning.xapi-forward',
  AssignmentDueReminders = 'learning.assignment-due-reminders',
  CertificatePdf = 'learning.certificate-pdf',
  ReflectionOccurrence = 'reflection.occurrence',
  ReflectionReconcile = 'reflection.reconcile',
  ReflectionReminder = 'reflection.reminder',
  ReflectionMail = 'reflection.mail',
  NotificationDigest = 'notifications.digest',
  ReportingRollup = 'reporting.rollup',
  ReportExport = 'reporting.export',
  ReportExportCleanup = 'reporting.export-cleanup',
  TrainingFollowUps = 'trainings.follow-ups',
}

export interface JobPayloads {
  [JobName.PlatformHeartbeat]: Record<string, never>;
  /** A batch of outbox messages (at most MAIL_BATCH_SIZE); each is sent once. */
  [JobName.MailDeliver]: { messageIds: string[] };
  [JobName.SessionCleanup]: Record<string, never>;
  /** Imports an uploaded list of people, or mails the invitations that import made. */
  [JobName.PeopleImport]: { importId: string; phase: 'import' | 'send'; actorId: string };
  [JobName.XapiForward]: { statementId: string };
  /** Reminds whoever has an assignment due soon and was not reminded of that date yet. */
  [JobName.AssignmentDueReminders]: Record<string, never>;
  /** Makes a certificate's PDF, once; it is never made again. */
  [JobName.CertificatePdf]: { certificateId: string };
  /** `plannedAt` as ISO text: the occurrence the job is for, also part of its job id. */
  [JobName.ReflectionOccurrence]: { momentId: string; plannedAt: string };
  [JobName.ReflectionReconcile]: Record<string, never>;
  /** The `number`th reminder (1-based) of an occurrence, to those who have not answered. */
  [JobName.ReflectionReminder]: { occurrenceId: string; number: number };
  /** The prompt's mails, after its in-app deliveries: to whoever was not mailed yet. */
  [JobName.ReflectionMail]: { occurrenceId: string };
  [JobName.NotificationDigest]: Record<string, never>;
  [JobName.ReportingRollup]: Record<string, never>;
  [JobName.ReportExport]: { exportId: string };
  [JobName.ReportExportCleanup]: Record<string, never>;
  /** Reminds of tomorrow's sessions, and closes registers left open a day after the session. */
  [JobName.TrainingFollowUps]: Record<string, never>;
}

export const queueOfJob: Record<JobName, QueueName> = {
  [JobName.PlatformHeartbeat]: QueueName.Platform,
  [JobName.MailDeliver]: QueueName.Mail,
  [JobName.SessionCleanup]: QueueName.Platform,
  [JobName.PeopleImport]: QueueName.Platform,
  [JobName.XapiForward]: QueueName.Learning,
  [JobName.AssignmentDueReminders]: QueueName.Learning,
  [JobName.CertificatePdf]: QueueName.Learning,
  [JobName.ReflectionOccurrence]: QueueName.Reflection,
  [JobName.ReflectionReconcile]: QueueName.Reflection,
  [JobName.ReflectionReminder]: QueueName.Reflection,
  [JobName.ReflectionMail]: QueueName.Reflection,
  [JobName.NotificationDigest]: QueueName.Mail,
  [JobName.ReportingRollup]: QueueName.Reporting,
  [JobName.ReportExport]: QueueName.Reporting,
  [JobName.ReportExportCleanup]: QueueName.Reporting,
  [JobName.TrainingFollowUps]: QueueName.Trainings,
};
