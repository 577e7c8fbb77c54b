import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { type Observable, firstValueFrom } from 'rxjs';
import {
  type AccreditationRegister,
  type EmailNotificationChoice,
  type Locale,
  accreditationRegisterNames,
  accreditationRegisters,
  emailChoiceNames,
  emailNotificationChoices,
  twoFactorCodeSchema,
} from '@leerruimte/shared-contracts';
import { IdentityApi, SessionStore } from '@leerruimte/web-identity-data-access';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  type FormAction,
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  formAction,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { profileTexts } from './profile.texts';
import { TwoFactorSection } from './two-factor-section';

type ProfileSection = 'details' | 'registration' | 'password' | 'privacy';

/**
 * The 2FA code field of a re-authentication form. It is only enabled (and so required) while
 * 2FA is on: an empty, hidden field must not make the form invalid without a word.
 */
function twoFactorCodeControl() {
  return new FormControl(
    { value: '', disabled: true },
    { nonNullable: true, validators: [zodValidator(twoFactorCodeSchema)] },
  );
}

/**
 * A person's own account: name, language, e-mail preferences, teams, password, two-factor
 * authentication, their data and removal.
 */
@Component({
  selector: 'lr-profile-page',
  imports: [
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Notice,
    ReactiveFormsModule,
    RouterLink,
    TwoFactorSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile-page.html',
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--lr-space-6);
      max-width: 40rem;
    }
    section {
      background: var(--lr-color-surface);
      border-radius: var(--lr-radius);
      padding: var(--lr-space-6);
    }
    form {
      display: flex;
      flex-direction: column;
      gap: var(--lr-space-2);
    }
  `,
})
export class ProfilePage {
  private readonly api = inject(IdentityApi);
  private readonly router = inject(Router);
  private readonly localeService = inject(LocaleService);
  protected readonly session = inject(SessionStore);
  protected readonly t = injectTexts(profileTexts);
  protected readonly locales: Locale[] = ['nl', 'en'];
  protected readonly emailChoices = emailNotificationChoices;
  protected readonly notificationsLink = link(appPaths.notifications);
  protected readonly user = computed(() => this.session.user());
  protected readonly twoFactorOn = computed(() => this.user()?.twoFactor.enabled ?? false);

  protected readonly detailsForm = new FormGroup({
    name: new FormControl(this.session.user()?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2)],
    }),
    locale: new FormControl<Locale>(this.localeService.locale(), { nonNullable: true }),
    emailNotifications: new FormControl<EmailNotificationChoice>(
      this.session.user()?.emailNotifications ?? 'each',
      { nonNullable: true },
    ),
  });
  protected readonly registers = accreditationRegisters;
  protected readonly registerNames = accreditationRegisterNames;
  protected readonly registrationForm = new FormGroup({
    registration: new FormGroup({
      register: new FormControl<AccreditationRegister | ''>(
        this.session.user()?.registration?.register ?? '',
        { nonNullable: true },
      ),
      number: new FormControl(this.session.user()?.registration?.number ?? '', {
        nonNullable: true,
        validators: [Validators.maxLength(40)],
      }),
    }),
  });
  protected readonly passwordForm = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    newPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    twoFactorCode: twoFactorCodeControl(),
  });
  protected readonly deleteForm = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    twoFactorCode: twoFactorCodeControl(),
  });
  /** Each section its own action, so its outcome shows beside the button that was pressed. */
  protected readonly actions = {
    details: formAction(),
    registration: formAction(),
    password: formAction(),
    privacy: formAction(),
  } satisfies Record<ProfileSection, FormAction>;
  protected readonly saved = signal<{ section: ProfileSection; text: string } | null>(null);

  constructor() {
    effect(() => {
      const on = this.twoFactorOn();
      for (const form of [this.passwordForm, this.deleteForm]) {
        const control = form.controls.twoFactorCode;
        if (on) control.enable();
        else control.disable();
      }
    });
  }

  protected choiceName(choice: EmailNotificationChoice): string {
    return emailChoiceNames[this.localeService.locale()][choice];
  }

  protected async saveDetails(): Promise<void> {
    const user = await this.run(
      'details',
      this.api.updateProfile(this.detailsForm.getRawValue()),
      this.detailsForm,
    );
    if (user) {
      this.session.signedIn(user);
      this.localeService.use(user.locale);
      this.saved.set({ section: 'details', text: this.t().saved });
    }
  }

  /** No register chosen means none: the number is then forgotten too. */
  protected async saveRegistration(): Promise<void> {
    const { register, number } = this.registrationForm.getRawValue().registration;
    const numberControl = this.registrationForm.controls.registration.controls.number;
    if (register && !number.trim()) {
      numberControl.setErrors({ required: true });
      numberControl.markAsTouched();
      return;
    }
    const user = await this.run(
      'registration',
      this.api.updateProfile({
        registration: register ? { register, number: number.trim() } : null,
      }),
      this.registrationForm,
    );
    if (user) {
      this.session.signedIn(user);
      this.saved.set({ section: 'registration', text: this.t().registrationSaved });
    }
  }

  protected async changePassword(): Promise<void> {
    const { twoFactorCode, ...request } = this.passwordForm.getRawValue();
    const changed = await this.run(
      'password',
      this.api.changePassword({ ...request, ...(twoFactorCode && { twoFactorCode }) }),
      this.passwordForm,
    );
    if (changed !== undefined) {
      this.passwordForm.reset();
      this.saved.set({ section: 'password', text: this.t().passwordChanged });
    }
  }

  protected async exportData(): Promise<void> {
    const blob = await this.run('privacy', this.api.exportMyData());
    if (blob) {
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = 'leerruimte-mijn-gegevens.json';
      anchor.click();
      URL.revokeObjectURL(url);
    }
  }

  protected async deleteAccount(): Promise<void> {
    if (!confirm(this.t().confirmDelete)) return;
    const { twoFactorCode, currentPassword } = this.deleteForm.getRawValue();
    const deleted = await this.run(
      'privacy',
      this.api.deleteAccount({ currentPassword, ...(twoFactorCode && { twoFactorCode }) }),
      this.deleteForm,
    );
    if (deleted !== undefined) {
      this.session.signedOut();
      await this.router.navigateByUrl(link(appPaths.start));
    }
  }

  /** Undefined when the form was invalid or the request failed; null for an empty answer. */
  private run<T>(
    section: ProfileSection,
    request: Observable<T>,
    form?: FormGroup,
  ): Promise<T | null | undefined> {
    this.saved.set(null);
    return this.actions[section].run(() => firstValueFrom(request, { defaultValue: null }), {
      form,
    });
  }
}
