import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { emailSchema, twoFactorCodeSchema } from '@leerruimte/shared-contracts';
import {
  IdentityApi,
  SessionStore,
  isTwoFactorChallenge,
} from '@leerruimte/web-identity-data-access';
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
    NgTemplateOutlet,
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
  private readonly api = inject(IdentityApi);
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
  /** Set when failed attempts make logging in wait: the person may have a link mailed instead. */
  protected readonly delayed = signal(false);
  protected readonly unlockAction = formAction();
  protected readonly unlockLinkSentTo = signal<string | null>(null);

  protected async submit(): Promise<void> {
    const response = await this.action.run(() => this.session.login(this.form.getRawValue()), {
      form: this.form,
      onError: (body) => this.delayed.set(body.code === 'login_delayed'),
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
        onError: (body) => {
          if (body.code === 'login_challenge_expired') this.challenge.set(null);
          this.delayed.set(body.code === 'login_delayed');
        },
      },
    );
    if (user) await this.continue();
  }

  protected async sendUnlockLink(): Promise<void> {
    const { email } = this.form.getRawValue();
    const sent = await this.unlockAction.run(
      () => firstValueFrom(this.api.requestUnlockLink(email), { defaultValue: null }),
      { form: this.form },
    );
    if (sent !== undefined) this.unlockLinkSentTo.set(email);
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
