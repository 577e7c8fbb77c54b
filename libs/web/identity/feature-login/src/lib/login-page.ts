import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  type SignInMethod,
  type SsoFailure,
  emailSchema,
  ssoFailures,
  twoFactorCodeSchema,
} from '@leerruimte/shared-contracts';
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
    MatFormFieldModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
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
  /** Why signing in through the organisation's provider did not work (`?sso=<reason>`). */
  readonly sso = input<string>();

  protected readonly ssoFailure = computed(() => {
    const reason = this.sso();
    return ssoFailures.includes(reason as SsoFailure) ? (reason as SsoFailure) : null;
  });
  /** How the typed address signs in, once its domain was asked about. */
  protected readonly method = signal<SignInMethod & { email: string }>({
    method: 'password',
    email: '',
  });
  /** The organisation requires its own sign-in for this address: no password field at all. */
  protected readonly passwordClosed = computed(() => {
    const method = this.method();
    return method.method === 'sso' && method.required;
  });
  private readonly ssoButton = viewChild<ElementRef<HTMLAnchorElement>>('ssoButton');

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

  /**
   * Asks, once the address is typed, whether its organisation signs in through its own provider.
   * A failed question leaves the password login as it is.
   */
  protected async lookUpMethod(): Promise<void> {
    const { email } = this.form.getRawValue();
    if (!this.form.controls.email.valid || this.method().email === email) return;
    try {
      const method = await firstValueFrom(this.api.signInMethod(email));
      if (this.form.getRawValue().email === email) this.method.set({ ...method, email });
    } catch {
      this.method.set({ method: 'password', email: '' });
    }
  }

  protected ssoStartUrl(): string {
    return this.api.ssoStartUrl(this.form.getRawValue().email, this.safeTarget());
  }

  protected async submit(): Promise<void> {
    await this.lookUpMethod();
    if (this.passwordClosed()) {
      this.ssoButton()?.nativeElement.focus();
      return;
    }
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

  private safeTarget(): string | undefined {
    const target = this.terug();
    return target?.startsWith('/') && !target.startsWith('//') ? target : undefined;
  }

  private async continue(): Promise<void> {
    await this.router.navigateByUrl(this.safeTarget() ?? link(appPaths.start));
  }
}
