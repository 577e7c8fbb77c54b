import { z } from 'zod';
import { agendaDaysDefault, agendaDaysMax } from './agenda-limits';
import { calendarDate } from '../dates';

/**
 * The agenda: what is coming for one person, by day (Europe/Amsterdam). Each kind of item is
 * one member of the union below, computed by the domain that owns it; a new kind is a new
 * member here, a source in that domain and a line in the web page.
 */

export const agendaQuerySchema = z.strictObject({
  /** How many days, today included. */
  days: z.coerce.number().int().min(1).max(agendaDaysMax).default(agendaDaysDefault),
});

/** What every item has: the team it comes from and the page it opens (a path of the web app). */
const itemBase = {
  teamId: z.uuid(),
  teamName: z.string(),
  link: z.string(),
};

/** An occurrence of a reflection moment that will reach me. */
export const agendaReflectionMomentSchema = z.object({
  kind: z.literal('reflection_moment'),
  momentId: z.uuid(),
  question: z.string(),
  at: z.iso.datetime(),
  ...itemBase,
});

/** The due date of a module my team asked me to follow and I have not completed. */
export const agendaAssignmentDueSchema = z.object({
  kind: z.literal('assignment_due'),
  assignmentId: z.uuid(),
  title: z.string(),
  dueDate: calendarDate(),
  completedLessons: z.number().int(),
  lessonCount: z.number().int(),
  ...itemBase,
});

/** A session of a training I am enrolled in, or waiting for a place in. */
export const agendaTrainingSessionSchema = z.object({
  kind: z.literal('training_session'),
  sessionId: z.uuid(),
  title: z.string(),
  at: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  place: z.string(),
  state: z.enum(['booked', 'waiting']),
  ...itemBase,
});

export const agendaItemSchema = z.discriminatedUnion('kind', [
  agendaReflectionMomentSchema,
  agendaAssignmentDueSchema,
  agendaTrainingSessionSchema,
]);

export const agendaDaySchema = z.object({
  /** The day in Amsterdam, YYYY-MM-DD. */
  date: calendarDate(),
  /** What lasts the whole day (due dates) first, then by time. */
  items: z.array(agendaItemSchema),
});

export const agendaSchema = z.object({
  /** Today and the last day shown, in Amsterdam. */
  from: calendarDate(),
  until: calendarDate(),
  /** Only days with something on them, in order. */
  days: z.array(agendaDaySchema),
});

export type AgendaQuery = z.infer<typeof agendaQuerySchema>;
export type AgendaReflectionMoment = z.infer<typeof agendaReflectionMomentSchema>;
export type AgendaAssignmentDue = z.infer<typeof agendaAssignmentDueSchema>;
export type AgendaTrainingSession = z.infer<typeof agendaTrainingSessionSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type AgendaDay = z.infer<typeof agendaDaySchema>;
export type Agenda = z.infer<typeof agendaSchema>;
