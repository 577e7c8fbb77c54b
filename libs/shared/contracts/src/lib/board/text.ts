import { z } from 'zod';
import { practiceThemes } from '../learning/themes';

// Tab, line feed and carriage return are text; every other control character is not.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * A free-text field of the learning board: trimmed, within its length, without control
 * characters. HTML in it is kept as typed and always shown as text.
 */
export function freeText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !controlCharacters.test(text), {
      params: { reason: 'control_characters' },
    });
}

/** Who wrote something; both null when the person's account no longer exists. */
export const authorSchema = z.object({ userId: z.uuid().nullable(), name: z.string().nullable() });

/** Set when the team lead hid the item; its text is then no longer shown to anyone. */
export const hiddenSchema = z
  .object({ reason: z.string(), hiddenBy: z.string(), hiddenAt: z.iso.datetime() })
  .nullable();

/** The author confirms that what the privacy guard found is not client data. */
export const confirmedNotClientData = z.boolean().optional();

/** The board's items take the practice themes of the cards: one list (learning/themes). */
export const practiceThemeSchema = z.enum(practiceThemes);

export type Author = z.infer<typeof authorSchema>;
export type Hidden = z.infer<typeof hiddenSchema>;
