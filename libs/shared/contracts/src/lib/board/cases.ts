import { z } from 'zod';
import {
  authorSchema,
  practiceThemeSchema,
  confirmedNotClientData,
  freeText,
  hiddenSchema,
} from './text';
import { calendarDate } from '../dates';

/**
 * Named methods for a structured case discussion, each with its steps in order. The web app
 * names and explains the steps; the API keeps the notes per step.
 */
export const caseDiscussionMethods = {
  /** Incidentmethode: the contributor brings a short incident, the group asks and advises. */
  incident_method: [
    'incident',
    'questions',
    'core_question',
    'own_approach',
    'contributor_response',
    'lessons',
  ],
  /** Roddelmethode: the group talks about the case as if the contributor is not there. */
  gossip_method: ['case', 'questions', 'gossip', 'contributor_response', 'lessons'],
} as const;

export type CaseDiscussionMethod = keyof typeof caseDiscussionMethods;
export const caseDiscussionMethodSchema = z.enum(
  Object.keys(caseDiscussionMethods) as [CaseDiscussionMethod, ...CaseDiscussionMethod[]],
);

export const caseRequestSchema = z.strictObject({
  title: freeText(3, 200),
  /** Pseudonymised: no names, dates of birth, addresses or other client data. */
  description: freeText(10, 10000),
  theme: practiceThemeSchema.optional(),
  confirmedNotClientData,
});

export const caseDiscussionRequestSchema = z
  .strictObject({
    method: caseDiscussionMethodSchema,
    heldOn: calendarDate(),
    /** Notes per step of the method, in its order; a step may be left empty. */
    steps: z
      .array(z.strictObject({ step: z.string().max(40), notes: freeText(0, 5000) }))
      .min(1)
      .max(10),
    outcome: freeText(3, 5000),
    /**
     * Held as intervisie: who took part and how long it took. Then it counts as reflection in
     * each participant's leerverslag (by its date, length and the case's title, never its text).
     */
    participantIds: z.array(z.uuid()).max(50).default([]),
    minutes: z.number().int().min(10).max(480).optional(),
    confirmedNotClientData,
  })
  .superRefine((request, context) => {
    const known: readonly string[] = caseDiscussionMethods[request.method];
    request.steps.forEach((entry, index) => {
      if (!known.includes(entry.step)) {
        context.addIssue({
          code: 'invalid_value',
          values: [...known],
          input: entry.step,
          path: ['steps', index, 'step'],
        });
      }
    });
  });

export const caseDiscussionSchema = z.object({
  id: z.uuid(),
  method: caseDiscussionMethodSchema,
  heldOn: calendarDate(),
  steps: z.array(z.object({ step: z.string(), notes: z.string() })),
  outcome: z.string(),
  participants: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  minutes: z.number().int().nullable(),
  recordedBy: authorSchema,
  createdAt: z.iso.datetime(),
});

export const caseSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  theme: practiceThemeSchema.nullable(),
  author: authorSchema,
  createdAt: z.iso.datetime(),
  questionCount: z.number().int(),
  experimentCount: z.number().int(),
  discussionCount: z.number().int(),
  hidden: hiddenSchema,
});

export const caseDetailSchema = caseSummarySchema.extend({
  description: z.string(),
  discussions: z.array(caseDiscussionSchema),
  questions: z.array(z.object({ id: z.uuid(), question: z.string() })),
  experiments: z.array(z.object({ id: z.uuid(), title: z.string() })),
});

export type CaseRequest = z.infer<typeof caseRequestSchema>;
export type CaseDiscussionRequest = z.input<typeof caseDiscussionRequestSchema>;
export type CaseDiscussion = z.infer<typeof caseDiscussionSchema>;
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export type CaseDetail = z.infer<typeof caseDetailSchema>;
