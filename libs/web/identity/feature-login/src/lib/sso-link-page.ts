import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { CurrentUser } from '@leerruimte/shared-contracts';
import { IdentityApi, SessionStore } from '@leerruimte/web-identity-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  StatusIndicator,
  formAction,
} from '@leerruimte/web-shared-ui';
import { appPaths, link, toErrorBody } from '@leerruimte/web-shared-util';
import { ssoLinkTexts } from './sso-link.texts';

/**
 * Where a sign-in through the organisation lands when an account with the same address exists
 * but the address was not proven on both sides: its owner gives their password once to link
 * them, so nobody takes over an account by naming its address at a provider.
 */
@Component({
  selector: 'lr-sso-link-page',
  imports: [
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
    RouterLink,
    StatusIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ t().title }}</h1>
    @if (loadProblem(); as problem) {
      <lr-notice tone="danger" data-testid="sso-link-problem">{{ problem }}</lr-notice>
      <p>
        <a class="lr-button lr-button-filled" [routerLink]="loginLink">{{ t().toLogin }}</a>
      </p>
    } @else if (preview(); as preview) {
      @if (bevestiging()) {
        <p data-testid="sso-link-summary">
          {{ t().confirmIntro(preview.organisationName, preview.email) }}
        </p>
        <lr-form-problem [action]="action" />
        <p>
          <button
            class="lr-button lr-button-filled"
            type="button"
            (click)="confirmByMail()"
            [disabled]="action.busy()"
          >
            {{ action.busy() ? t().linking : t().confirm }}
          </button>
        </p>
      } @else {
        <p data-testid="sso-link-summary">
          {{ t().intro(preview.organisationName, preview.email) }}
        </p>
        <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
          <lr-form-problem [action]="action" />
          <input type="email" hidden autocomplete="username" [value]="preview.email" />
          <mat-form-field appearance="outline">
            <mat-label>{{ t().password }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="password"
              autocomplete="current-password"
              required
            />
            <mat-hint>{{ t().passwordHint }}</mat-hint>
            <mat-error><lr-field-errors [control]="form.controls.password" /></mat-error>
          </mat-form-field>
          <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
            {{ action.busy() ? t().linking : t().link }}
          </button>
        </form>
        @if (mailed()) {
          <lr-notice tone="success" data-testid="sso-link-mailed">{{
            t().mailed(preview.email)
          }}</lr-notice>
        } @else {
          <lr-form-problem [action]="mailAction" />
          <p>
            {{ t().noPassword }}
            <button
              class="lr-button"
              type="button"
              (click)="mailMe()"
              [disabled]="mailAction.busy()"
            >
              {{ mailAction.busy() ? t().mailing : t().mailMe }}
            </button>
          </p>
        }
      }
      <p>
        {{ t().notYou }} <a [routerLink]="loginLink">{{ t().toLogin }}</a>
      </p>
    } @else {
      <lr-status-indicator state="pending">{{ t().loading }}</lr-status-indicator>
    }
  `,
  host: { class: 'lr-card-page' },
})
export class SsoLinkPage {
  private readonly api = inject(IdentityApi);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly t = injectTexts(ssoLinkTexts);
  protected readonly loginLink = link(appPaths.login);

  readonly token = input.required<string>();
  /** The code from the mailed link (`?bevestiging=`): the owner confirms without a password. */
  readonly bevestiging = input<string>();

  protected readonly pending = rxResource({
    params: () => this.token(),
    stream: ({ params }) => this.api.pendingSsoLink(params),
  });
  protected readonly preview = computed(() =>
    this.pending.hasValue() ? this.pending.value() : undefined,
  );
  protected readonly loadProblem = computed(() => {
    const error = this.pending.error();
    if (!error) return undefined;
    return toErrorBody((error as { cause?: unknown }).cause ?? error).message || this.t().expired;
  });

  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly action = formAction();
  protected readonly mailAction = formAction();
  protected readonly mailed = signal(false);

  protected async confirm(): Promise<void> {
    const user = await this.action.run(
      () => firstValueFrom(this.api.confirmSsoLink(this.token(), this.form.getRawValue().password)),
      { form: this.form },
    );
    await this.signedIn(user);
  }

  /** Asks before it acts: mail scanners open links, and the link works once. */
  protected async confirmByMail(): Promise<void> {
    const code = this.bevestiging();
    if (!code) return;
    const user = await this.action.run(() =>
      firstValueFrom(this.api.confirmSsoLinkByMail(this.token(), code)),
    );
    await this.signedIn(user);
  }

  protected async mailMe(): Promise<void> {
    const done = await this.mailAction.run(() =>
      firstValueFrom(this.api.mailSsoLinkConfirmation(this.token()), { defaultValue: null }),
    );
    if (done !== undefined) this.mailed.set(true);
  }

  private async signedIn(user: CurrentUser | undefined): Promise<void> {
    const preview = this.preview();
    if (user && preview) {
      this.session.signedIn(user, preview.organisationName);
      await this.router.navigateByUrl(link(appPaths.start));
    }
  }
}
