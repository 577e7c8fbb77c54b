import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { emailSchema } from '@leerruimte/shared-contracts';
import { IdentityApi } from '@leerruimte/web-identity-data-access';
import { toErrorBody } from '@leerruimte/web-shared-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { FieldErrors, Notice, applyServerErrors, zodValidator } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { passwordTexts } from './password.texts';

const formImports = [
  FieldErrors,
  MatButtonModule,
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
      @if (problem(); as problem) {
        <lr-notice tone="danger">{{ problem }}</lr-notice>
      }
      <form [formGroup]="form" (ngSubmit)="send()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().email }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="username" required />
          <mat-error><lr-field-errors [control]="form.controls.email" /></mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ busy() ? t().sending : t().send }}
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
  protected readonly busy = signal(false);
  protected readonly sentTo = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  protected async send(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const { email } = this.form.getRawValue();
      await firstValueFrom(this.api.requestPasswordReset(email), { defaultValue: undefined });
      this.sentTo.set(email);
    } catch (error) {
      const body = toErrorBody(error);
      if (applyServerErrors(this.form, body).length > 0 || !body.fields) {
        this.problem.set(body.message || this.t().failed);
      }
    } finally {
      this.busy.set(false);
    }
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
        <a mat-flat-button [routerLink]="loginLink">{{ t().toLogin }}</a>
      </p>
    } @else {
      @if (problem(); as problem) {
        <lr-notice tone="danger">{{ problem }}</lr-notice>
      }
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
        <button mat-flat-button type="submit" [disabled]="busy()">{{ t().save }}</button>
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
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(this.api.resetPassword(this.token(), this.form.getRawValue().password), {
        defaultValue: undefined,
      });
      this.saved.set(true);
    } catch (error) {
      const body = toErrorBody(error);
      if (applyServerErrors(this.form, body).length > 0 || !body.fields) {
        this.problem.set(body.message || this.t().failed);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
