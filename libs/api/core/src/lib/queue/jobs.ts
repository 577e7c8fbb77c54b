/**
 * Every queue and job in Leerruimte, with its payload type. The worker refuses to start when a
 * job has no handler or more than one.
 */
export enum QueueName {
  Platform = 'platform',
}

export enum JobName {
  PlatformHeartbeat = 'platform.heartbeat',
}

export interface JobPayloads {
  [JobName.PlatformHeartbeat]: Record<string, never>;
}

export const queueOfJob: Record<JobName, QueueName> = {
  [JobName.PlatformHeartbeat]: QueueName.Platform,
};
