import { Injectable, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { of } from 'rxjs';
import type { FindClientDataOptions } from '@leerruimte/shared-privacy';
import { IdentityApi } from './identity-api';
import { SessionStore } from './session.store';

/**
 * What the privacy guard skips for the person logged in (their colleagues' names, what their
 * team allows), fetched once per login, so the browser finds what the API will refuse, no more.
 */
@Injectable({ providedIn: 'root' })
export class ClientDataContextStore {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  private readonly userId = computed(() => this.session.user()?.id);
  private readonly loaded = rxResource({
    params: () => this.userId(),
    stream: ({ params: userId }) => (userId ? this.api.clientDataContext() : of(null)),
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
