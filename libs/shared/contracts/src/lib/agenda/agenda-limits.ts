// Plain values, no schemas: the web app uses them without loading zod.

/** How many days the agenda shows when not asked otherwise, and at most. */
export const agendaDaysDefault = 14;
export const agendaDaysMax = 60;
