import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { IdentityApi } from '@leerruimte/web-identity-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { FormProblem, Notice, formAction } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { loginTexts } from './login.texts';

/**
 * Where the mailed unlock link lands. It asks before it acts: mail scanners open links, and
 * the link works once.
 */
@Component({
  selector: 'lr-unlock-page',
  imports: [FormProblem, Notice, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ t().unlockTitle }}</h1>
    @if (unlocked()) {
      <lr-notice tone="success" data-testid="unlocked">{{ t().unlocked }}</lr-notice>
      <p>
        <a class="lr-button lr-button-filled" [routerLink]="loginLink">{{ t().toLogin }}</a>
      </p>
    } @else {
      <p>{{ t().unlockIntro }}</p>
      <lr-form-problem [action]="action" />
      <p>
        <button
          class="lr-button lr-button-filled"
          type="button"
          (click)="unlock()"
          [disabled]="action.busy()"
        >
          {{ action.busy() ? t().unlocking : t().unlock }}
        </button>
      </p>
      @if (action.problem()) {
        <p>
          <a [routerLink]="loginLink">{{ t().toLogin }}</a>
        </p>
      }
    }
  `,
  host: { class: 'lr-card-page' },
})
export class UnlockPage {
  private readonly api = inject(IdentityApi);
  protected readonly t = injectTexts(loginTexts);
  protected readonly loginLink = link(appPaths.login);

  readonly token = input.required<string>();

  protected readonly action = formAction();
  protected readonly unlocked = signal(false);

  protected async unlock(): Promise<void> {
    const done = await this.action.run(() =>
      firstValueFrom(this.api.unlock(this.token()), { defaultValue: null }),
    );
    if (done !== undefined) this.unlocked.set(true);
  }
}
