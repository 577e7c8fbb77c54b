import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { notificationKindNames, notificationKinds } from '@leerruimte/shared-contracts';
import { NotificationsApi } from '@leerruimte/web-notifications-data-access';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { notificationsTexts } from './notifications.texts';

/**
 * The page behind a mail's unsubscribe link: it says what stops and asks to confirm, because
 * a page opened by a link (or by a mail program checking links) must not change anything.
 */
@Component({
  selector: 'lr-unsubscribe-page',
  imports: [Notice, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ t().unsubscribe.title }}</h1>
    @if (!what()) {
      <lr-notice tone="warning">{{ t().unsubscribe.invalid }}</lr-notice>
    } @else if (state() === 'done') {
      <lr-notice tone="success" data-testid="unsubscribed">{{
        t().unsubscribe.done(what() ?? '')
      }}</lr-notice>
    } @else if (state() === 'unknown') {
      <lr-notice tone="warning">{{ t().unsubscribe.unknown }}</lr-notice>
    } @else {
      <p>{{ t().unsubscribe.question(what() ?? '') }}</p>
      <button
        class="lr-button lr-button-filled"
        type="button"
        [disabled]="state() === 'busy'"
        (click)="confirm()"
      >
        {{ t().unsubscribe.confirm }}
      </button>
      @if (state() === 'failed') {
        <lr-notice tone="danger">{{ t().failed }}</lr-notice>
      }
    }
    <p>
      <a [routerLink]="preferencesLink" fragment="voorkeuren">{{ t().unsubscribe.account }}</a>
    </p>
  `,
  host: { class: 'lr-card-page' },
})
export class UnsubscribePage {
  /** From the link: `/afmelden?token=…&kind=…`. */
  readonly token = input<string>();
  readonly kind = input<string>();
  private readonly api = inject(NotificationsApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly t = injectTexts(notificationsTexts);
  protected readonly preferencesLink = link(appPaths.notifications);
  protected readonly state = signal<'ask' | 'busy' | 'done' | 'unknown' | 'failed'>('ask');

  /** The kind of mail the link stops; undefined for a link that is not whole. */
  private readonly linkKind = computed(() => {
    const kind = this.kind();
    if (!this.token()) return undefined;
    return kind === 'digest' ? kind : notificationKinds.find((known) => known === kind);
  });

  /** What the link stops, in words; undefined for a link that is not whole. */
  protected readonly what = computed(() => {
    const kind = this.linkKind();
    if (!kind) return undefined;
    if (kind === 'digest') return this.t().unsubscribe.digest;
    return `“${notificationKindNames[this.locale()][kind]}”`;
  });

  protected async confirm(): Promise<void> {
    const token = this.token();
    const kind = this.linkKind();
    if (!token || !kind) return;
    this.state.set('busy');
    try {
      await firstValueFrom(this.api.unsubscribe(token, kind));
      this.state.set('done');
    } catch (error) {
      this.state.set(
        error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400)
          ? 'unknown'
          : 'failed',
      );
    }
  }
}
