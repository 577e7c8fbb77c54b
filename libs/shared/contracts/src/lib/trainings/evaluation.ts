import { z } from 'zod';

/** The fixed statements of a session's evaluation, each scored from 1 (not at all) to 5. */
export const evaluationStatements = ['applicable', 'practice', 'fit', 'recommend'] as const;
export type EvaluationStatement = (typeof evaluationStatements)[number];

export const evaluationStatementTexts: Record<'nl' | 'en', Record<EvaluationStatement, string>> = {
  nl: {
    applicable: 'Wat ik leerde, kan ik in mijn werk gebruiken.',
    practice: 'Er was genoeg ruimte om te oefenen en vragen te stellen.',
    fit: 'De bijeenkomst sloot aan bij wat ik in mijn wijk tegenkom.',
    recommend: 'Ik raad deze bijeenkomst een collega aan.',
  },
  en: {
    applicable: 'I can use what I learned in my work.',
    practice: 'There was enough room to practise and ask questions.',
    fit: 'The session matched what I meet in my neighbourhood.',
    recommend: 'I would recommend this session to a colleague.',
  },
};

/** Below this many answers the results stay hidden: few answers could be traced to a person. */
export const EVALUATION_MINIMUM_ANSWERS = 5;

const score = z.number().int().min(1).max(5);

export const sessionEvaluationRequestSchema = z.strictObject({
  scores: z.strictObject(
    Object.fromEntries(evaluationStatements.map((statement) => [statement, score])) as Record<
      EvaluationStatement,
      typeof score
    >,
  ),
});
export type SessionEvaluationRequest = z.infer<typeof sessionEvaluationRequestSchema>;

/** What the team lead sees: how many answered, and the averages once there are enough. */
export const sessionEvaluationResultSchema = z.object({
  answers: z.number().int(),
  minimum: z.number().int(),
  /** Per statement, to one decimal; null while fewer than `minimum` answered. */
  averages: z
    .object(
      Object.fromEntries(
        evaluationStatements.map((statement) => [statement, z.number()]),
      ) as Record<EvaluationStatement, z.ZodNumber>,
    )
    .nullable(),
});
export type SessionEvaluationResult = z.infer<typeof sessionEvaluationResultSchema>;
