import { z } from 'zod';
import { type PulseStatement, pulseStatements } from './pulse-statements';

const score = z.number().int().min(1).max(5);

export const pulseAnswerRequestSchema = z.strictObject({
  scores: z.strictObject(
    Object.fromEntries(pulseStatements.map((statement) => [statement, score])) as Record<
      PulseStatement,
      typeof score
    >,
  ),
});

export type PulseAnswerRequest = z.infer<typeof pulseAnswerRequestSchema>;
