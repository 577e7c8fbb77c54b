// Plain values, no schemas: a form can check them without loading the validation library.

/** The longest answer to a reflection prompt or a lesson's reflection question, in characters. */
export const answerMaxLength = 5000;
