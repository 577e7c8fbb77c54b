import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { emailSchema } from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { toErrorBody } from '@leerruimte/web-shared-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { FieldErrors, Notice, applyServerErrors, zodValidator } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { loginTexts } from './login.texts';

@Component({
  selector: 'lr-login-page',
  imports: [
    FieldErrors,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  host: { class: 'lr-card-page' },
})
export class LoginPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly t = injectTexts(loginTexts);
  protected readonly forgotLink = link(appPaths.forgotPassword);

  /** Where to go after logging in (`/inloggen?terug=/...`); only paths inside Leerruimte. */
  readonly terug = input<string>();

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(emailSchema)],
    }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly submitting = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.submitting()) {
      return;
    }
    this.submitting.set(true);
    this.problem.set(null);
    try {
      await this.session.login(this.form.getRawValue());
      const target = this.terug();
      await this.router.navigateByUrl(
        target?.startsWith('/') && !target.startsWith('//') ? target : link(appPaths.start),
      );
    } catch (error) {
      const body = toErrorBody(error);
      const unplaced = applyServerErrors(this.form, body);
      if (body.code === 'offline') {
        this.problem.set(this.t().offline);
      } else if (body.message && (!body.fields || unplaced.length > 0)) {
        this.problem.set(unplaced.length > 0 ? unplaced.join(' ') : body.message);
      } else if (!body.message) {
        this.problem.set(this.t().unexpected(body.correlationId || body.code));
      }
    } finally {
      this.submitting.set(false);
    }
  }
}
