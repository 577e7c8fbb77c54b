import { z } from 'zod';
import { calendarDate } from '../dates';

/**
 * A werkbegeleiding (supervision) meeting a professional records for their leerverslag: the
 * registers count it as reflection. Only its date, length, who supervised and a short topic:
 * never what was discussed about a client.
 */
export const werkbegeleidingRequestSchema = z.strictObject({
  heldOn: calendarDate(),
  minutes: z.number().int().min(5).max(600),
  supervisor: z.string().trim().min(2).max(120),
  topic: z.string().trim().max(200).default(''),
  /** The author confirmed the topic holds no client data, after the privacy guard asked. */
  confirmedNotClientData: z.boolean().optional(),
});
export type WerkbegeleidingRequest = z.input<typeof werkbegeleidingRequestSchema>;

export const werkbegeleidingSchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  minutes: z.number().int(),
  supervisor: z.string(),
  topic: z.string(),
});
export type Werkbegeleiding = z.infer<typeof werkbegeleidingSchema>;
