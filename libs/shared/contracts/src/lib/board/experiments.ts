import { z } from 'zod';
import { type ExperimentStatus, experimentStatuses } from './experiment-statuses';
import {
  authorSchema,
  practiceThemeSchema,
  confirmedNotClientData,
  freeText,
  hiddenSchema,
} from './text';
import { calendarDate } from '../dates';

export const experimentStatusSchema = z.enum(experimentStatuses);

/** What the evaluation decides: keep it (adopted), keep it changed (adapted), or stop. */
export const experimentDecisions = ['adopted', 'adapted', 'stopped'] as const;
export const experimentDecisionSchema = z.enum(experimentDecisions);
export type ExperimentDecision = z.infer<typeof experimentDecisionSchema>;

/**
 * How someone relates to an experiment: the team lead, whoever started it (owner), a
 * participant, or another member of the team.
 */
export type ExperimentRole = 'lead' | 'owner' | 'participant' | 'member';

/** Moves outside the evaluation; an idea or plan can also be dropped ("stopped"). */
const moves: Record<ExperimentStatus, readonly ExperimentStatus[]> = {
  idea: ['planned', 'stopped'],
  planned: ['idea', 'running', 'stopped'],
  running: ['evaluating'],
  evaluating: ['running'],
  adopted: [],
  adapted: [],
  stopped: [],
};

/**
 * Where an experiment may go next, for this person. Those involved (lead, owner,
 * participants) move it along; only the lead or the owner drops it; the decision itself is
 * the evaluation's (see `mayEvaluateExperiment`).
 */
export function nextExperimentStatuses(
  role: ExperimentRole,
  from: ExperimentStatus,
): ExperimentStatus[] {
  if (role === 'member') return [];
  return moves[from].filter((to) => to !== 'stopped' || role === 'lead' || role === 'owner');
}

export function mayEvaluateExperiment(role: ExperimentRole, status: ExperimentStatus): boolean {
  return status === 'evaluating' && (role === 'lead' || role === 'owner');
}

const planFields = {
  title: freeText(3, 200),
  theme: practiceThemeSchema.optional(),
  /** The situation in practice that asks for a change. */
  situation: freeText(0, 5000).default(''),
  intendedEffect: freeText(3, 2000),
  whatWeTry: freeText(3, 2000),
  prediction: freeText(0, 2000).default(''),
  /** How we will know: what we look at or count. */
  howWeKnow: freeText(0, 2000).default(''),
  /** The name of the measure whose data points make the run chart, e.g. "wachttijd in dagen". */
  measureName: freeText(0, 200).default(''),
  /** Who does what. */
  roles: freeText(0, 2000).default(''),
  participantIds: z.array(z.uuid()).max(50).default([]),
  startDate: calendarDate().optional(),
  endDate: calendarDate().optional(),
  confirmedNotClientData,
};

const endNotBeforeStart = (plan: { startDate?: string; endDate?: string }) =>
  !plan.startDate || !plan.endDate || plan.endDate >= plan.startDate;
const endNotBeforeStartProblem = {
  path: ['endDate'],
  params: { reason: 'end_before_start' },
};

export const experimentPlanRequestSchema = z
  .strictObject(planFields)
  .refine(endNotBeforeStart, endNotBeforeStartProblem);

export const createExperimentRequestSchema = z
  .strictObject({
    ...planFields,
    whyQuestionId: z.uuid().optional(),
    caseId: z.uuid().optional(),
    /** The experiment whose evaluation led to this one: the next cycle. */
    previousExperimentId: z.uuid().optional(),
  })
  .refine(endNotBeforeStart, endNotBeforeStartProblem);

export const experimentStatusRequestSchema = z.strictObject({ status: experimentStatusSchema });

export const experimentEvaluationRequestSchema = z.strictObject({
  doneAsPlanned: z.enum(['yes', 'partly', 'no']),
  comparedWithPrediction: freeText(3, 5000),
  learned: freeText(3, 5000),
  decision: experimentDecisionSchema,
  confirmedNotClientData,
});

export const logEntryRequestSchema = z.strictObject({
  observedOn: calendarDate(),
  text: freeText(1, 5000),
  confirmedNotClientData,
});

export const dataPointRequestSchema = z.strictObject({
  measuredOn: calendarDate(),
  value: z.number().min(-1_000_000_000).max(1_000_000_000),
  note: freeText(0, 500).default(''),
  confirmedNotClientData,
});

export const logEntrySchema = z.object({
  id: z.uuid(),
  observedOn: calendarDate(),
  text: z.string(),
  author: authorSchema,
  createdAt: z.iso.datetime(),
  hidden: hiddenSchema,
});

export const dataPointSchema = z.object({
  id: z.uuid(),
  measuredOn: calendarDate(),
  value: z.number(),
  note: z.string(),
});

export const experimentEvaluationSchema = z.object({
  doneAsPlanned: z.enum(['yes', 'partly', 'no']),
  comparedWithPrediction: z.string(),
  learned: z.string(),
  decision: experimentDecisionSchema,
  evaluatedBy: authorSchema,
  evaluatedAt: z.iso.datetime(),
});

export const experimentSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  theme: practiceThemeSchema.nullable(),
  status: experimentStatusSchema,
  author: authorSchema,
  startDate: calendarDate().nullable(),
  endDate: calendarDate().nullable(),
  participantCount: z.number().int(),
  logCount: z.number().int(),
  updatedAt: z.iso.datetime(),
  hidden: hiddenSchema,
});

const linkSchema = z.object({ id: z.uuid(), title: z.string() });

export const experimentDetailSchema = experimentSummarySchema.extend({
  situation: z.string(),
  intendedEffect: z.string(),
  whatWeTry: z.string(),
  prediction: z.string(),
  howWeKnow: z.string(),
  measureName: z.string(),
  roles: z.string(),
  participants: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  whyQuestion: z.object({ id: z.uuid(), question: z.string() }).nullable(),
  case: linkSchema.nullable(),
  previous: linkSchema.nullable(),
  followUps: z.array(linkSchema),
  logbook: z.array(logEntrySchema),
  dataPoints: z.array(dataPointSchema),
  evaluation: experimentEvaluationSchema.nullable(),
  myRole: z.enum(['lead', 'owner', 'participant', 'member']),
});

export const experimentFilterSchema = z.strictObject({
  theme: practiceThemeSchema.optional(),
  status: experimentStatusSchema.optional(),
});

export type ExperimentPlanRequest = z.infer<typeof experimentPlanRequestSchema>;
export type CreateExperimentRequest = z.infer<typeof createExperimentRequestSchema>;
export type ExperimentStatusRequest = z.infer<typeof experimentStatusRequestSchema>;
export type ExperimentEvaluationRequest = z.infer<typeof experimentEvaluationRequestSchema>;
export type LogEntryRequest = z.infer<typeof logEntryRequestSchema>;
export type DataPointRequest = z.infer<typeof dataPointRequestSchema>;
export type DataPoint = z.infer<typeof dataPointSchema>;
export type ExperimentSummary = z.infer<typeof experimentSummarySchema>;
export type ExperimentDetail = z.infer<typeof experimentDetailSchema>;
export type ExperimentFilter = z.infer<typeof experimentFilterSchema>;
