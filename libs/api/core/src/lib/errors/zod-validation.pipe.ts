import { type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { describeIssues, type FieldError, type Locale } from '@leerruimte/shared-contracts';

export class ValidationFailedError extends Error {
  constructor(
    readonly issues: readonly z.core.$ZodIssue[],
    readonly input: unknown,
  ) {
    super('Validation failed');
    this.name = 'ValidationFailedError';
  }

  describe(locale: Locale): FieldError[] {
    return describeIssues(this.issues, this.input, locale);
  }
}

/**
 * Validates a body, query or parameter against a schema from the shared contracts, so the
 * API and the web app check input by the same rules. Controllers use it through `@ValidBody`
 * and `@ValidQuery`, which also document the schema.
 */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.output<Schema> {
    const result = this.schema.safeParse(value);
    if (!result.success) {
      throw new ValidationFailedError(result.error.issues, value);
    }
    return result.data;
  }
}
