import { z } from 'zod';
import { answerMaxLength } from '../text-limits';

/** A reflection prompt as the person it was sent to sees it, with their own answer. */
export const promptSchema = z.object({
  occurrenceId: z.uuid(),
  /** A pulse is answered with scores, anonymously; `myAnswer` then only says that I did. */
  kind: z.enum(['question', 'pulse']),
  question: z.string(),
  teamName: z.string(),
  deliveredAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  open: z.boolean(),
  myAnswer: z
    .object({ answer: z.string(), shared: z.boolean(), updatedAt: z.iso.datetime() })
    .nullable(),
});

export const promptAnswerRequestSchema = z.strictObject({
  answer: z.string().trim().min(1).max(answerMaxLength),
  /** "Alleen voor mij" (false, the default) or "delen met mijn team" (true). */
  shared: z.boolean().default(false),
  /** The author confirms that what the privacy guard found is not client data. */
  confirmedNotClientData: z.boolean().optional(),
});

/** What a team leader sees of one occurrence: who was asked, how many answered, what was shared. */
export const occurrenceReportSchema = z.object({
  occurrenceId: z.uuid(),
  question: z.string(),
  deliveredAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  asked: z.array(z.object({ userId: z.uuid(), name: z.string(), answered: z.boolean() })),
  responseRate: z.number(),
  /** Only answers their authors shared with the team; private answers are never included. */
  sharedAnswers: z.array(
    z.object({ name: z.string(), answer: z.string(), updatedAt: z.iso.datetime() }),
  ),
});

export type Prompt = z.infer<typeof promptSchema>;
export type PromptAnswerRequest = z.infer<typeof promptAnswerRequestSchema>;
export type OccurrenceReport = z.infer<typeof occurrenceReportSchema>;

/** Whether the person has a calendar link; the link itself is shown once, when it is made. */
export const calendarFeedStatusSchema = z.object({ exists: z.boolean() });
export const calendarFeedLinkSchema = z.object({ url: z.url() });

export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;
export type CalendarFeedLink = z.infer<typeof calendarFeedLinkSchema>;
