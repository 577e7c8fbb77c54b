import { z } from 'zod';

export const livenessSchema = z.object({ status: z.literal('ok') });

export const dependencyCheckSchema = z.object({
  status: z.enum(['up', 'down']),
  detail: z.string().optional().describe('Why a check is down; never contains secrets'),
});

/** Readiness of one process (API or worker): can it do its work right now? */
export const readinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({
    database: dependencyCheckSchema,
    redis: dependencyCheckSchema,
    migrations: dependencyCheckSchema,
  }),
});

export type Liveness = z.infer<typeof livenessSchema>;
export type DependencyCheck = z.infer<typeof dependencyCheckSchema>;
export type Readiness = z.infer<typeof readinessSchema>;
