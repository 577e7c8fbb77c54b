/**
 * Every queue and job in Leerruimte, with its payload type. The worker refuses to start when a
 * job has no handler or more than one.
 */
export enum QueueName {
  Platform = 'platform',
  Mail = 'mail',
  Learning = 'learning',
}

export enum JobName {
  PlatformHeartbeat = 'platform.heartbeat',
  MailDeliver = 'mail.deliver',
  SessionCleanup = 'identity.session-cleanup',
  XapiForward = 'learning.xapi-forward',
}

export interface JobPayloads {
  [JobName.PlatformHeartbeat]: Record<string, never>;
  [JobName.MailDeliver]: { messageId: string };
  [JobName.SessionCleanup]: Record<string, never>;
  [JobName.XapiForward]: { statementId: string };
}

export const queueOfJob: Record<JobName, QueueName> = {
  [JobName.PlatformHeartbeat]: QueueName.Platform,
  [JobName.MailDeliver]: QueueName.Mail,
  [JobName.SessionCleanup]: QueueName.Platform,
  [JobName.XapiForward]: QueueName.Learning,
};
