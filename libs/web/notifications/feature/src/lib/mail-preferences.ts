import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  type EmailNotificationChoice,
  type NotificationKind,
  type NotificationPreferences,
  emailChoiceNames,
  emailNotificationChoices,
  notificationKindNames,
  notificationKinds,
} from '@leerruimte/shared-contracts';
import { NotificationsApi } from '@leerruimte/web-notifications-data-access';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice, StatusIndicator } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { notificationsTexts } from './notifications.texts';

/** The value of "as my default" in a select; the API calls it null. */
const followDefault = 'default';

/**
 * Mail per kind of notification: each select saves on its own, so one change is one request
 * and nothing waits for a save button a phone user might scroll past.
 */
@Component({
  selector: 'lr-mail-preferences',
  imports: [Notice, RouterLink, StatusIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="mail-preferences-title">{{ t().mail.title }}</h2>
    @if (preferences(); as preferences) {
      <p>
        {{ t().mail.intro(choiceName(preferences.default)) }}
        <a [routerLink]="profileLink" fragment="meldingen">{{ t().mail.changeDefault }}</a>
      </p>
      <ul>
        @for (kind of kinds; track kind) {
          <li>
            <label [for]="'mail-' + kind">{{ kindName(kind) }}</label>
            <select
              class="lr-native-select"
              [id]="'mail-' + kind"
              [disabled]="saving() === kind"
              (change)="choose(kind, $event)"
            >
              <option [value]="followDefault" [selected]="preferences.kinds[kind] === null">
                {{ t().mail.asDefault(choiceName(preferences.default)) }}
              </option>
              @for (choice of choices; track choice) {
                <option [value]="choice" [selected]="preferences.kinds[kind] === choice">
                  {{ choiceName(choice) }}
                </option>
              }
            </select>
          </li>
        }
      </ul>
    }
    <div aria-live="polite">
      @if (loadFailed()) {
        <lr-notice tone="danger">{{ t().mail.loadFailed }}</lr-notice>
      } @else if (failed()) {
        <lr-notice tone="danger">{{ t().mail.failed }}</lr-notice>
      } @else if (saved()) {
        <lr-status-indicator state="up">{{ t().mail.saved }}</lr-status-indicator>
      } @else if (!preferences()) {
        <lr-status-indicator state="pending">…</lr-status-indicator>
      }
    </div>
  `,
  styles: `
    h2 {
      font-size: var(--lr-font-size-l);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--lr-space-3);
    }
    li {
      display: grid;
      gap: var(--lr-space-1);
    }
    @media (min-width: 48rem) {
      li {
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: center;
        gap: var(--lr-space-4);
      }
    }
  `,
})
export class MailPreferences {
  private readonly api = inject(NotificationsApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly t = injectTexts(notificationsTexts);
  protected readonly profileLink = link(appPaths.profile);
  protected readonly kinds = notificationKinds;
  protected readonly choices = emailNotificationChoices;
  protected readonly followDefault = followDefault;

  protected readonly preferences = signal<NotificationPreferences | undefined>(undefined);
  protected readonly saving = signal<NotificationKind | undefined>(undefined);
  protected readonly saved = signal(false);
  protected readonly failed = signal(false);
  protected readonly loadFailed = signal(false);

  constructor() {
    firstValueFrom(this.api.preferences()).then(
      (preferences) => this.preferences.set(preferences),
      () => this.loadFailed.set(true),
    );
  }

  protected async choose(kind: NotificationKind, event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const choice =
      select.value === followDefault ? null : (select.value as EmailNotificationChoice);
    this.saving.set(kind);
    this.saved.set(false);
    this.failed.set(false);
    try {
      this.preferences.set(
        await firstValueFrom(this.api.changePreferences({ kinds: { [kind]: choice } })),
      );
      this.saved.set(true);
    } catch {
      // The select shows what is stored, not what failed to be.
      this.failed.set(true);
      const stored = this.preferences()?.kinds[kind];
      select.value = stored ?? followDefault;
    } finally {
      this.saving.set(undefined);
    }
  }

  protected kindName(kind: NotificationKind): string {
    return notificationKindNames[this.locale()][kind];
  }

  protected choiceName(choice: EmailNotificationChoice): string {
    return emailChoiceNames[this.locale()][choice];
  }
}
