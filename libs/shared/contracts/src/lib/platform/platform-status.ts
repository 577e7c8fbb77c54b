import { z } from 'zod';
import { dependencyCheckSchema } from './health';

/**
 * The whole platform as its admins see it: the API's own dependencies plus the workers that
 * deliver scheduled work. "degraded" means the site works but background work is not running.
 */
export const platformStatusSchema = z.object({
  status: z.enum(['ready', 'degraded', 'not_ready']),
  version: z.string(),
  checkedAt: z.iso.datetime(),
  components: z.object({
    database: dependencyCheckSchema,
    redis: dependencyCheckSchema,
    migrations: dependencyCheckSchema,
    workers: z.object({
      status: z.enum(['up', 'down']),
      active: z.number().int().min(0).describe('Worker processes that reported in recently'),
    }),
    queue: z.object({
      status: z.enum(['up', 'down']),
      lastHeartbeatAt: z.iso
        .datetime()
        .nullable()
        .describe('When a worker last completed the heartbeat job'),
    }),
  }),
});

export type PlatformStatus = z.infer<typeof platformStatusSchema>;
