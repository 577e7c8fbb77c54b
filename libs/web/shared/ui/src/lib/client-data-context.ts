import { InjectionToken, type Signal, signal } from '@angular/core';
import type { FindClientDataOptions } from '@leerruimte/shared-privacy';

/**
 * What the privacy guard skips for the person writing (their colleagues' names, what their
 * team allows), as the API skips it; the app provides it once someone is logged in. A file of
 * its own: the app's start imports it, and must not pull in the guard with its word lists.
 */
export const CLIENT_DATA_CONTEXT = new InjectionToken<Signal<FindClientDataOptions>>(
  'CLIENT_DATA_CONTEXT',
  { factory: () => signal({}) },
);
