import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { emailSchema } from '@leerruimte/shared-contracts';
import { IdentityApi } from '@leerruimte/web-identity-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  formAction,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { passwordTexts } from './password.texts';

const formImports = [
  FieldErrors,
  FormBehaviour,
  FormProblem,
  MatFormFieldModule,
  MatInputModule,
  Notice,
  ReactiveFormsModule,
];

/** Asks for a reset link; says the same whether or not the address has an account. */
@Component({
  selector: 'lr-forgot-password-page',
  imports: formImports,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ t().forgotTitle }}</h1>
    @if (sentTo(); as email) {
      <lr-notice tone="success" data-testid="reset-sent">{{ t().sent(email) }}</lr-notice>
    } @else {
      <p>{{ t().forgotIntro }}</p>
      <lr-form-problem [action]="action" />
      <form [formGroup]="form" (ngSubmit)="send()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().email }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="username" required />
          <mat-error><lr-field-errors [control]="form.controls.email" /></mat-error>
        </mat-form-field>
        <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
          {{ action.busy() ? t().sending : t().send }}
        </button>
      </form>
    }
  `,
  host: { class: 'lr-card-page' },
})
export class ForgotPasswordPage {
  private readonly api = inject(IdentityApi);
  protected readonly t = injectTexts(passwordTexts);
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(emailSchema)],
    }),
  });
  protected readonly action = formAction();
  protected readonly sentTo = signal<string | null>(null);

  protected async send(): Promise<void> {
    const { email } = this.form.getRawValue();
    const sent = await this.action.run(
      () => firstValueFrom(this.api.requestPasswordReset(email), { defaultValue: null }),
      { form: this.form },
    );
    if (sent !== undefined) this.sentTo.set(email);
  }
}

/** Where the reset link lands: choose a new password. */
@Component({
  selector: 'lr-reset-password-page',
  imports: [...formImports, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ t().resetTitle }}</h1>
    @if (saved()) {
      <lr-notice tone="success" data-testid="reset-saved">{{ t().saved }}</lr-notice>
      <p>
        <a class="lr-button lr-button-filled" [routerLink]="loginLink">{{ t().toLogin }}</a>
      </p>
    } @else {
      <lr-form-problem [action]="action" />
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().password }}</mat-label>
          <input
            matInput
            type="password"
            formControlName="password"
            autocomplete="new-password"
            required
          />
          <mat-hint>{{ t().passwordHint }}</mat-hint>
          <mat-error><lr-field-errors [control]="form.controls.password" /></mat-error>
        </mat-form-field>
        <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
          {{ t().save }}
        </button>
      </form>
    }
  `,
  host: { class: 'lr-card-page' },
})
export class ResetPasswordPage {
  private readonly api = inject(IdentityApi);
  protected readonly t = injectTexts(passwordTexts);
  protected readonly loginLink = link(appPaths.login);

  readonly token = input.required<string>();

  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly action = formAction();
  protected readonly saved = signal(false);

  protected async save(): Promise<void> {
    const { password } = this.form.getRawValue();
    const saved = await this.action.run(
      () => firstValueFrom(this.api.resetPassword(this.token(), password), { defaultValue: null }),
      { form: this.form },
    );
    if (saved !== undefined) this.saved.set(true);
  }
}
