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

/** The 400 for fields that are wrong beyond what their schema checks, each with its reason. */
export function validationFailed(fields: FieldProblem[]): AppError {
  return new AppError(
    HttpStatus.BAD_REQUEST,
    'validation_failed',
    {
      nl: 'Niet alle gegevens zijn goed ingevuld.',
      en: 'Not all data has been filled in correctly.',
    },
    fields,
  );
}

/** A person or item named in a field that is not of the team the request is about. */
export function notInTeam(field: string): FieldProblem {
  return {
    field,
    code: 'not_in_team',
    text: { nl: 'Hoort niet bij dit team.', en: 'Does not belong to this team.' },
  };
}
