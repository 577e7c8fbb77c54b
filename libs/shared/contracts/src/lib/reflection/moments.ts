import { z } from 'zod';
import { slugSchema } from '../learning/content';
import { calendarDate } from '../dates';

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const weekdaySchema = z.union([1, 2, 3, 4, 5, 6, 7].map((day) => z.literal(day))) as z.ZodType<
  1 | 2 | 3 | 4 | 5 | 6 | 7
>;

export const recurrenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('once') }),
  z.strictObject({
    kind: z.literal('weekly'),
    days: z.array(weekdaySchema).min(1).max(7),
    intervalWeeks: z.number().int().min(1).max(12),
  }),
  z.strictObject({
    kind: z.literal('monthly'),
    weekday: weekdaySchema,
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
  }),
]);

/** When a reflection moment happens, in the team's local time (Europe/Amsterdam by default). */
export const momentScheduleSchema = z
  .strictObject({
    timeZone: z
      .string()
      .max(60)
      .refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone), 'unknown time zone')
      .default('Europe/Amsterdam'),
    time: timeSchema,
    startDate: calendarDate(),
    endDate: calendarDate().optional(),
    recurrence: recurrenceSchema,
    workingDays: z.array(weekdaySchema).min(1).max(7).default([1, 2, 3, 4, 5]),
    quietHours: z.strictObject({ from: timeSchema, to: timeSchema }).optional(),
  })
  .refine((schedule) => !schedule.endDate || schedule.endDate >= schedule.startDate, {
    message: 'the end date is before the start date',
    path: ['endDate'],
  });

export const createMomentRequestSchema = z
  .strictObject({
    /** A question to answer in words, or the anonymous team-learning pulse. */
    kind: z.enum(['question', 'pulse']).default('question'),
    /** Typed by the team lead, or left out when a card's question is used (or for a pulse). */
    question: z.string().trim().min(5).max(1000).optional(),
    cardSlug: slugSchema.optional(),
    moduleSlug: slugSchema.optional(),
    /** What the moment reflects on, from the team's learning board. */
    experimentId: z.uuid().optional(),
    whyQuestionId: z.uuid().optional(),
    /** Some members; leave out for everyone in the team. */
    memberIds: z.array(z.uuid()).min(1).max(200).optional(),
    schedule: momentScheduleSchema,
    /** How many days a prompt stays open for answers. */
    openDays: z.number().int().min(1).max(14).default(3),
    /** Reminders to who has not answered, so many days after the prompt (at most three). */
    reminderDays: z.array(z.number().int().min(1).max(13)).max(3).default([]),
    /** The lead confirms what the privacy guard found in a typed question is not client data. */
    confirmedNotClientData: z.boolean().optional(),
  })
  .refine(
    (request) =>
      request.kind === 'pulse' || request.question !== undefined || request.cardSlug !== undefined,
    {
      message: 'type a question or pick a card',
      path: ['question'],
    },
  );

export const occurrencePreviewSchema = z.object({
  plannedAt: z.iso.datetime(),
  deliverAt: z.iso.datetime(),
});

export const momentSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['question', 'pulse']),
  question: z.string(),
  cardSlug: z.string().nullable(),
  moduleSlug: z.string().nullable(),
  experiment: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  whyQuestion: z.object({ id: z.uuid(), question: z.string() }).nullable(),
  /** The training this moment follows up: who attended it gets the question. */
  training: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  wholeTeam: z.boolean(),
  memberIds: z.array(z.uuid()),
  schedule: momentScheduleSchema,
  openDays: z.number().int(),
  reminderDays: z.array(z.number().int()),
  status: z.enum(['active', 'paused', 'ended']),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  /** The next five, as the schedule stands now (none when paused or ended). */
  next: z.array(occurrencePreviewSchema),
});

export type MomentSchedule = z.infer<typeof momentScheduleSchema>;
export type CreateMomentRequest = z.infer<typeof createMomentRequestSchema>;
export type Moment = z.infer<typeof momentSchema>;
export type OccurrencePreview = z.infer<typeof occurrencePreviewSchema>;
