import { z } from 'zod';
import {
  authorSchema,
  practiceThemeSchema,
  confirmedNotClientData,
  freeText,
  hiddenSchema,
} from './text';

/** How deep a "vijf keer waarom" chain goes: the first question and four deeper why's. */
export const whyChainMaxDepth = 5;

export const whyQuestionStatuses = ['open', 'on_agenda', 'discussed', 'in_experiment'] as const;
export const whyQuestionStatusSchema = z.enum(whyQuestionStatuses);

export const createWhyQuestionRequestSchema = z.strictObject({
  question: freeText(5, 1000),
  theme: practiceThemeSchema,
  caseId: z.uuid().optional(),
  /** The question this one digs deeper into ("waarom?" once more). */
  parentQuestionId: z.uuid().optional(),
  confirmedNotClientData,
});

export const updateWhyQuestionRequestSchema = z.strictObject({
  question: freeText(5, 1000),
  theme: practiceThemeSchema,
  confirmedNotClientData,
});

export const whyAnswerRequestSchema = z.strictObject({
  text: freeText(1, 5000),
  confirmedNotClientData,
});

export const agendaRequestSchema = z.strictObject({ onAgenda: z.boolean() });

export const discussedRequestSchema = z.strictObject({
  conclusion: freeText(3, 2000),
  confirmedNotClientData,
});

export const whyQuestionSummarySchema = z.object({
  id: z.uuid(),
  question: z.string(),
  theme: practiceThemeSchema,
  status: whyQuestionStatusSchema,
  author: authorSchema,
  createdAt: z.iso.datetime(),
  votes: z.number().int(),
  votedByMe: z.boolean(),
  answerCount: z.number().int(),
  case: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  parentQuestionId: z.uuid().nullable(),
  /** 1 for a question of its own, up to five down a "vijf keer waarom" chain. */
  depth: z.number().int(),
  conclusion: z.string().nullable(),
  discussedAt: z.iso.datetime().nullable(),
  experimentId: z.uuid().nullable(),
  hidden: hiddenSchema,
});

export const whyAnswerSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  author: authorSchema,
  createdAt: z.iso.datetime(),
  hidden: hiddenSchema,
});

export const whyQuestionDetailSchema = whyQuestionSummarySchema.extend({
  answers: z.array(whyAnswerSchema),
  /** From the first question of the chain down to the parent of this one. */
  chainAbove: z.array(z.object({ id: z.uuid(), question: z.string() })),
  /** The deeper why's asked about this question. */
  deeper: z.array(z.object({ id: z.uuid(), question: z.string() })),
  /** Whether the person asking may put it on the agenda or mark it discussed. */
  mayPlanDiscussion: z.boolean(),
});

export const whyQuestionFilterSchema = z.strictObject({
  theme: practiceThemeSchema.optional(),
  status: whyQuestionStatusSchema.optional(),
});

export type WhyQuestionStatus = z.infer<typeof whyQuestionStatusSchema>;
export type CreateWhyQuestionRequest = z.infer<typeof createWhyQuestionRequestSchema>;
export type UpdateWhyQuestionRequest = z.infer<typeof updateWhyQuestionRequestSchema>;
export type WhyAnswerRequest = z.infer<typeof whyAnswerRequestSchema>;
export type AgendaRequest = z.infer<typeof agendaRequestSchema>;
export type DiscussedRequest = z.infer<typeof discussedRequestSchema>;
export type WhyQuestionSummary = z.infer<typeof whyQuestionSummarySchema>;
export type WhyAnswer = z.infer<typeof whyAnswerSchema>;
export type WhyQuestionDetail = z.infer<typeof whyQuestionDetailSchema>;
export type WhyQuestionFilter = z.infer<typeof whyQuestionFilterSchema>;
