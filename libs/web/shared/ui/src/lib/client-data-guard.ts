import { Injectable, inject, signal } from '@angular/core';
import type { ClientDataFinding, ClientDataKind } from '@leerruimte/shared-privacy';
import type { Locale } from '@leerruimte/shared-contracts';
import { CLIENT_DATA_CONTEXT } from './client-data-context';

type PrivacyGuard = typeof import('@leerruimte/shared-privacy');

/**
 * The privacy guard in the browser, loaded when someone first types: its word and name lists
 * are a tenth of a page's code, which a page with an answer field would otherwise wait for
 * before it can be used. Until it has arrived (tens of milliseconds) nothing is found; the API
 * checks every text anyway.
 */
@Injectable({ providedIn: 'root' })
export class ClientDataGuard {
  private readonly context = inject(CLIENT_DATA_CONTEXT);
  private readonly guard = signal<PrivacyGuard | null>(null);
  private loading?: Promise<void>;

  /** What in the text could identify a client, skipping what this person's context allows. */
  find(text: string): ClientDataFinding[] {
    const guard = this.guard();
    if (!guard) {
      if (text.trim() !== '') this.load();
      return [];
    }
    return guard.findClientData(text, this.context());
  }

  /** Why a kind of finding could identify a client, in the interface language. */
  explanation(kind: ClientDataKind, locale: Locale): string {
    return this.guard()?.clientDataExplanations[kind][locale] ?? '';
  }

  private load(): void {
    this.loading ??= import('@leerruimte/shared-privacy').then((guard) => this.guard.set(guard));
  }
}
