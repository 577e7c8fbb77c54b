import { z } from 'zod';
import { platformStatusSchema } from '../platform/platform-status';
import { calendarDate } from '../dates';

/**
 * "Vandaag": one person's own work across their teams, in one answer. Every list is what this
 * person may see (their own prompts and assignments, their teams' boards); figures for team
 * leaders are participation, never what private answers say; organisation figures are
 * aggregates with the organisation's suppression applied.
 */

/** An open reflection prompt sent to me. */
export const todayPromptSchema = z.object({
  occurrenceId: z.uuid(),
  kind: z.enum(['question', 'pulse']),
  question: z.string(),
  teamId: z.uuid(),
  teamName: z.string(),
  closesAt: z.iso.datetime(),
  /** I answered already (I can still change a question's answer while it is open). */
  answered: z.boolean(),
});

/** A module a team leader asked me to follow that I have not completed. */
export const todayAssignmentSchema = z.object({
  assignmentId: z.uuid(),
  teamName: z.string(),
  dueDate: calendarDate().nullable(),
  /** Due before today (Europe/Amsterdam). */
  overdue: z.boolean(),
  module: z.object({ slug: z.string(), title: z.string(), lessonCount: z.number().int() }),
  completedLessons: z.number().int(),
});

/** The lesson I opened last in a module I have not completed: "verder waar je was". */
export const todayContinueSchema = z.object({
  module: z.object({ slug: z.string(), title: z.string() }),
  lesson: z.object({ slug: z.string(), title: z.string() }),
  completedLessons: z.number().int(),
  lessonCount: z.number().int(),
  lastVisitedAt: z.iso.datetime(),
});

/** A reflection moment of one of my teams that reaches me in the coming seven days. */
export const todayMomentSchema = z.object({
  momentId: z.uuid(),
  teamId: z.uuid(),
  teamName: z.string(),
  question: z.string(),
  at: z.iso.datetime(),
});

/** A why-question on the agenda of one of my teams' next meeting. */
export const todayAgendaItemSchema = z.object({
  questionId: z.uuid(),
  teamId: z.uuid(),
  teamName: z.string(),
  title: z.string(),
  votes: z.number().int(),
});

/** What a team leader follows of a team they lead. */
export const todayLedTeamSchema = z.object({
  teamId: z.uuid(),
  teamName: z.string(),
  /** The team's most recent prompt (not a pulse): how many were asked and answered. */
  lastPrompt: z
    .object({
      momentId: z.uuid(),
      question: z.string(),
      deliveredAt: z.iso.datetime(),
      asked: z.number().int(),
      answered: z.number().int(),
    })
    .nullable(),
  /** Experiments in "evalueren" that wait for the evaluation. */
  experimentsToEvaluate: z.array(
    z.object({ experimentId: z.uuid(), title: z.string(), since: z.iso.datetime() }),
  ),
});

/** A figure from fewer people than the organisation's minimum group size is null. */
const suppressible = z.number().nullable();

/** One team in the short summary an organisation admin sees. */
export const todayOrganisationTeamSchema = z.object({
  teamId: z.uuid(),
  teamName: z.string(),
  memberCount: z.number().int(),
  /** This calendar month (Europe/Amsterdam), from the report rollups. */
  modulesCompleted: suppressible,
  /**
   * Share of this month's prompts that were answered, 0 to 1 (0 when none were asked), as
   * Teamontwikkeling's reflection participation.
   */
  participation: suppressible,
  /** Experiments the team started this month: the rollups count starts, not what runs now. */
  experimentsStarted: suppressible,
});

export const todayOrganisationSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  minimumGroupSize: z.number().int(),
  teams: z.array(todayOrganisationTeamSchema),
});

export const todaySchema = z.object({
  /** Open prompts, the one that closes first first. */
  prompts: z.array(todayPromptSchema),
  /** Overdue first, then by due date, undated last. */
  assignments: z.array(todayAssignmentSchema),
  continueLearning: todayContinueSchema.nullable(),
  /** In time order. */
  moments: z.array(todayMomentSchema),
  agenda: z.array(todayAgendaItemSchema),
  /** Empty unless I lead a team. */
  ledTeams: z.array(todayLedTeamSchema),
  /** Empty unless I administer an organisation (with two-factor authentication on). */
  organisations: z.array(todayOrganisationSchema),
  /** Only for platform admins. */
  platform: platformStatusSchema.nullable(),
});

export type TodayPrompt = z.infer<typeof todayPromptSchema>;
export type TodayAssignment = z.infer<typeof todayAssignmentSchema>;
export type TodayContinue = z.infer<typeof todayContinueSchema>;
export type TodayMoment = z.infer<typeof todayMomentSchema>;
export type TodayAgendaItem = z.infer<typeof todayAgendaItemSchema>;
export type TodayLedTeam = z.infer<typeof todayLedTeamSchema>;
export type TodayOrganisation = z.infer<typeof todayOrganisationSchema>;
export type Today = z.infer<typeof todaySchema>;
