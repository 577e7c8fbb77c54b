import { z } from 'zod';

export const fieldErrorSchema = z.object({
  field: z.string().describe('Path of the field, dot-separated ("address.postcode")'),
  code: z.string(),
  message: z.string().describe("What is wrong, in the caller's language"),
});

/** The one JSON shape every API error has. */
export const errorBodySchema = z.object({
  code: z.string().describe('Stable machine-readable error code, e.g. "validation_failed"'),
  message: z.string().describe("What went wrong, in the caller's language"),
  fields: z.array(fieldErrorSchema).optional(),
  correlationId: z.string().describe('Quote this id when reporting a problem'),
});

export type FieldError = z.infer<typeof fieldErrorSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
