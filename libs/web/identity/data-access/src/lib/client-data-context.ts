import { Injectable, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { of } from 'rxjs';
import type { FindClientDataOptions } from '@leerruimte/shared-privacy';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import { profileControllerPrivacyContext } from '@leerruimte/web-shared-api-client/identity';
import { SessionStore } from './session.store';

/**
 * What the privacy guard skips for the person logged in (their colleagues' names, what their
 * team allows), fetched once per login, so the browser finds what the API will refuse, no more.
 * It is provided at the app's start, so it asks through the one request it needs, not through
 * IdentityApi, which would bring every identity request into the first download.
 */
@Injectable({ providedIn: 'root' })
export class ClientDataContextStore {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly userId = computed(() => this.session.user()?.id);
  private readonly loaded = rxResource({
    params: () => this.userId(),
    stream: ({ params: userId }) =>
      userId ? this.api.invoke(profileControllerPrivacyContext) : of(null),
  });

  /** After the team's list changed: the guard follows it without a new login. */
  reload(): void {
    this.loaded.reload();
  }

  readonly context = computed<FindClientDataOptions>(() => {
    const loaded = this.loaded.hasValue() ? this.loaded.value() : null;
    return loaded ?? {};
  });
}
