import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ValidationFailedError } from './zod-validation.pipe';

// Tab, line feed and carriage return are text; NUL and every other control character are not.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

type Issue = z.core.$ZodIssue;

/** Every string in `value` that no text field may hold, as an issue at its path. */
export function unreadableText(value: unknown, path: PropertyKey[] = []): Issue[] {
  if (typeof value === 'string') {
    const reason = controlCharacters.test(value)
      ? 'control_characters'
      : value.isWellFormed()
        ? undefined
        : 'unpaired_surrogate';
    return reason
      ? [{ code: 'custom', path, message: reason, params: { reason }, input: value }]
      : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => unreadableText(item, [...path, index]));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...unreadableText(key, [...path, key]),
      ...unreadableText(item, [...path, key]),
    ]);
  }
  return [];
}

/**
 * One rule for every body, query and path parameter, before any other pipe: no NUL or other
 * control character and no half of a UTF-16 pair. PostgreSQL cannot store either, so they
 * were 500s; now they are a 400 that names the field.
 */
@Injectable()
export class ReadableInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const named = metadata.data !== undefined;
    const issues = unreadableText(value, named ? [metadata.data as string] : []);
    if (issues.length > 0) {
      throw new ValidationFailedError(issues, named ? { [metadata.data as string]: value } : value);
    }
    return value;
  }
}
