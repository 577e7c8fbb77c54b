import { z } from 'zod';
import { experimentDecisionSchema, experimentSummarySchema } from './experiments';
import { practiceThemeSchema, freeText } from './text';
import { whyQuestionSummarySchema } from './why-questions';

/** Who may put why-questions on the agenda and mark them discussed: the lead, or anyone. */
export const boardSettingsSchema = z.strictObject({
  agendaBy: z.enum(['lead', 'members']),
});

/** Something the team learned: a discussed why-question's conclusion or an evaluation. */
export const learningSchema = z.object({
  kind: z.enum(['why_question', 'experiment']),
  id: z.uuid(),
  title: z.string(),
  theme: practiceThemeSchema.nullable(),
  learned: z.string(),
  decision: experimentDecisionSchema.nullable(),
  at: z.iso.datetime(),
});

export const boardSchema = z.object({
  teamName: z.string(),
  /** Not yet discussed, most votes first. */
  openQuestions: z.array(whyQuestionSummarySchema),
  /** Planned, running and being evaluated. */
  activeExperiments: z.array(experimentSummarySchema),
  recentLearnings: z.array(learningSchema),
  settings: boardSettingsSchema,
  isLead: z.boolean(),
});

export const learningFilterSchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  theme: practiceThemeSchema.optional(),
});

export const boardExportFilterSchema = z.strictObject({
  format: z.enum(['md', 'pdf']),
  theme: practiceThemeSchema.optional(),
});

export const boardItemTypes = [
  'why_question',
  'why_answer',
  'case',
  'experiment',
  'log_entry',
] as const;

/** The team lead hides an item of the board; the reason goes to the audit log. */
export const hideItemRequestSchema = z.strictObject({
  itemType: z.enum(boardItemTypes),
  itemId: z.uuid(),
  reason: freeText(3, 500),
});

export type BoardSettings = z.infer<typeof boardSettingsSchema>;
export type Learning = z.infer<typeof learningSchema>;
export type Board = z.infer<typeof boardSchema>;
export type LearningFilter = z.infer<typeof learningFilterSchema>;
export type BoardExportFilter = z.infer<typeof boardExportFilterSchema>;
export type BoardItemType = (typeof boardItemTypes)[number];
export type HideItemRequest = z.infer<typeof hideItemRequestSchema>;
