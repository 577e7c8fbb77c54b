import { z } from 'zod';
import type { MomentSchedule } from '@leerruimte/shared-contracts';

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
const weekday = z.number().int().min(1).max(7) as unknown as z.ZodType<Weekday>;

/**
 * A moment's schedule as stored: the shape of a MomentSchedule without the limits a new plan
 * must keep, so what was planned before a limit came (or the demo's quarterly pulse, every 13
 * weeks) stays readable. The defaults are the request's.
 */
export const storedScheduleSchema: z.ZodType<MomentSchedule, unknown> = z.object({
  timeZone: z.string().default('Europe/Amsterdam'),
  time: z.string(),
  startDate: z.string(),
  endDate: z.string().optional(),
  recurrence: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('once') }),
    z.object({
      kind: z.literal('weekly'),
      days: z.array(weekday),
      intervalWeeks: z.number().int().min(1),
    }),
    z.object({
      kind: z.literal('monthly'),
      weekday,
      nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
    }),
  ]),
  workingDays: z.array(weekday).default([1, 2, 3, 4, 5]),
  quietHours: z.object({ from: z.string(), to: z.string() }).optional(),
});
