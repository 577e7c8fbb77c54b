import { z } from 'zod';

/**
 * The years a date may have. PostgreSQL refuses year 0 (a 500 before this), and nothing in
 * Leerruimte lies before 1900 or after 2999.
 */
export const firstYear = 1900;
export const lastYear = 2999;

const inRange = (text: string) => {
  const year = Number(text.slice(0, 4));
  return year >= firstYear && year <= lastYear;
};
const outOfRange = { params: { reason: 'date_out_of_range' } };

/** A calendar date, YYYY-MM-DD, in the years above. */
export function calendarDate() {
  return z.iso.date().refine(inRange, outOfRange);
}

/** A calendar month, YYYY-MM, in the years above. */
export function calendarMonth() {
  return z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .refine(inRange, outOfRange);
}
