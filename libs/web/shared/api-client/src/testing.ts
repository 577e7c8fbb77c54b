import type { HttpRequest } from '@angular/common/http';

/** The path and query of a URL, its query parameters sorted by name. */
function normalised(url: string): string {
  const parsed = new URL(url, 'http://localhost');
  parsed.searchParams.sort();
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * For `HttpTestingController.expectOne`: the request to `url`, with its query parameters in any
 * order. The generated client adds them in the order the OpenAPI document declares them.
 */
export function requestTo(url: string): (request: HttpRequest<unknown>) => boolean {
  return (request) => normalised(request.urlWithParams) === normalised(url);
}
