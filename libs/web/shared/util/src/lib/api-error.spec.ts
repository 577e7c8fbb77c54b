import { HttpErrorResponse } from '@angular/common/http';
import { httpStatus, toErrorBody } from './api-error';

describe(httpStatus.name, () => {
  it('reads the status of a failed call, also when a resource wrapped it', () => {
    const notFound = new HttpErrorResponse({ status: 404 });

    expect(httpStatus(notFound)).toBe(404);
    expect(httpStatus(new Error('wrapped', { cause: notFound }))).toBe(404);
    expect(httpStatus(new HttpErrorResponse({ status: 0 }))).toBe(0);
  });

  it('has no status for what was no HTTP failure', () => {
    expect(httpStatus(new Error('bug'))).toBeUndefined();
    expect(httpStatus(null)).toBeUndefined();
  });
});

describe(toErrorBody.name, () => {
  it('calls an unreachable API "offline"', () => {
    expect(toErrorBody(new HttpErrorResponse({ status: 0 })).code).toBe('offline');
  });
});
