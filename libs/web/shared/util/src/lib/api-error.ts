import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorBody } from '@leerruimte/shared-contracts';

/** A hand-written check instead of the zod schema keeps zod out of the browser bundle. */
function isErrorBody(value: unknown): value is ErrorBody {
  const body = value as Partial<ErrorBody> | null;
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof body.code === 'string' &&
    typeof body.message === 'string' &&
    typeof body.correlationId === 'string' &&
    (body.fields === undefined || Array.isArray(body.fields))
  );
}

/**
 * What the web app knows about a failed API call: the server's error body when it sent one,
 * or an "offline" body when the API could not be reached at all.
 */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof HttpErrorResponse) {
    if (isErrorBody(error.error)) {
      return error.error;
    }
    return {
      code: error.status === 0 ? 'offline' : `http_${error.status}`,
      message: '',
      correlationId: error.headers?.get('x-request-id') ?? '',
    };
  }
  return { code: 'unknown', message: '', correlationId: '' };
}

/**
 * The HTTP status of a failed API call, also when it reached us wrapped (Angular's resources
 * keep a non-Error failure as the `cause`); 0 when the API could not be reached, undefined
 * when it was no HTTP failure at all.
 */
export function httpStatus(error: unknown): number | undefined {
  if (error instanceof HttpErrorResponse) return error.status;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause instanceof HttpErrorResponse ? cause.status : undefined;
}
