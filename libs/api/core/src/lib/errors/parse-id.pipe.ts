import { HttpStatus, type PipeTransform } from '@nestjs/common';
import { AppError } from './app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The answer for an id that names nothing this person can see. */
export const notFound = () =>
  new AppError(HttpStatus.NOT_FOUND, 'not_found', {
    nl: 'Dit bestaat niet (meer).',
    en: 'This does not exist (any more).',
  });

/** An id in a path that is not a UUID names nothing that exists: 404, not a database error. */
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (!isUuid(value)) {
      throw notFound();
    }
    return value;
  }
}
