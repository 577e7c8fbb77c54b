import { HttpStatus } from '@nestjs/common';
import type { LocalizedText } from '@leerruimte/shared-contracts';

export interface FieldProblem {
  field: string;
  code: string;
  text: LocalizedText;
}

/**
 * An error the user can act on. Each domain defines its own codes and texts; the ErrorFilter
 * renders them in the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    readonly text: LocalizedText,
    readonly fields: FieldProblem[] = [],
  ) {
    super(text.en);
    this.name = 'AppError';
  }
}
