import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { emailSchema, twoFactorCodeSchema } from '@leerruimte/shared-contracts';
import { SessionStore, isTwoFactorChallenge } from '@leerruimte/web-identity-data-access';
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
import { loginTexts } from './login.texts';

@Component({
  selector: 'lr-login-page',
  imports: [
    FieldErrors,
    FormBehaviour,
    FormProblem,
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
  /** Set when the session ended while the person was working (`&verlopen=1`). */
  readonly verlopen = input<string>();

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(emailSchema)],
    }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  /** The second step: a code from the authenticator app or a recovery code. */
  protected readonly codeForm = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(twoFactorCodeSchema)],
    }),
  });
  /** Set once the password was right and the account asks for its second factor. */
  protected readonly challenge = signal<string | null>(null);
  protected readonly action = formAction();

  protected async submit(): Promise<void> {
    const response = await this.action.run(() => this.session.login(this.form.getRawValue()), {
      form: this.form,
    });
    if (response && isTwoFactorChallenge(response)) {
      this.codeForm.reset();
      this.challenge.set(response.challenge);
    } else if (response) {
      await this.continue();
    }
  }

  protected async submitCode(): Promise<void> {
    const challenge = this.challenge();
    if (!challenge) return;
    const user = await this.action.run(
      () =>
        this.session.loginWithSecondFactor({ challenge, code: this.codeForm.getRawValue().code }),
      {
        form: this.codeForm,
        // An expired challenge: the password has to be given again.
        onError: (body) => body.code === 'login_challenge_expired' && this.challenge.set(null),
      },
    );
    if (user) await this.continue();
  }

  /** Back to the password. */
  protected startOver(): void {
    this.challenge.set(null);
    this.action.clearProblem();
  }

  private async continue(): Promise<void> {
    const target = this.terug();
    await this.router.navigateByUrl(
      target?.startsWith('/') && !target.startsWith('//') ? target : link(appPaths.start),
    );
  }
}
