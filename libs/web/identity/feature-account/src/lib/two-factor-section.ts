import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import {
  type TwoFactorSetup,
  totpCodeSchema,
  twoFactorCodeSchema,
} from '@leerruimte/shared-contracts';
import { IdentityApi, SessionStore } from '@leerruimte/web-identity-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  formAction,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { twoFactorTexts } from './two-factor.texts';

/**
 * Turning two-factor authentication on (password, scan, confirm with a code, keep the recovery
 * codes), making new recovery codes, and turning it off for those who may.
 */
@Component({
  selector: 'lr-two-factor-section',
  imports: [
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './two-factor-section.html',
  styles: `
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
    .qr {
      display: block;
      background: #fff;
      margin-block: var(--lr-space-2);
    }
    .codes {
      columns: 2;
      font-family: monospace;
      font-size: 1.1rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--lr-space-2);
    }
  `,
})
export class TwoFactorSection {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  protected readonly t = injectTexts(twoFactorTexts);
  protected readonly action = formAction();
  protected readonly status = computed(() => this.session.user()?.twoFactor);
  protected readonly setup = signal<TwoFactorSetup | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly done = signal<string | null>(null);

  protected readonly startForm = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly enableForm = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(totpCodeSchema)],
    }),
  });
  protected readonly manageForm = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    twoFactorCode: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(twoFactorCodeSchema)],
    }),
  });

  protected async start(): Promise<void> {
    this.done.set(null);
    const setup = await this.action.run(
      () => firstValueFrom(this.api.startTwoFactorSetup(this.startForm.getRawValue())),
      { form: this.startForm },
    );
    if (setup) {
      this.startForm.reset();
      this.enableForm.reset();
      this.setup.set(setup);
    }
  }

  protected async enable(): Promise<void> {
    const result = await this.action.run(
      () => firstValueFrom(this.api.enableTwoFactor(this.enableForm.getRawValue().code)),
      { form: this.enableForm },
    );
    if (result) {
      this.setup.set(null);
      this.recoveryCodes.set(result.recoveryCodes);
      await this.session.refresh();
    }
  }

  protected cancelSetup(): void {
    this.setup.set(null);
    this.action.clearProblem();
  }

  protected async renew(): Promise<void> {
    this.done.set(null);
    const result = await this.action.run(
      () => firstValueFrom(this.api.renewRecoveryCodes(this.manageForm.getRawValue())),
      { form: this.manageForm },
    );
    if (result) {
      this.manageForm.reset();
      this.recoveryCodes.set(result.recoveryCodes);
      await this.session.refresh();
    }
  }

  protected async disable(): Promise<void> {
    this.manageForm.markAllAsTouched();
    if (this.manageForm.invalid || !confirm(this.t().confirmDisable)) return;
    this.done.set(null);
    const result = await this.action.run(
      async () => {
        await firstValueFrom(this.api.disableTwoFactor(this.manageForm.getRawValue()));
        return true;
      },
      { form: this.manageForm },
    );
    if (result) {
      this.manageForm.reset();
      this.done.set(this.t().disabled);
      await this.session.refresh();
    }
  }

  protected downloadCodes(codes: string[]): void {
    const text = `${this.t().codesFile}\n\n${codes.join('\n')}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = 'leerruimte-herstelcodes.txt';
    anchor.click();
    URL.revokeObjectURL(url);
  }
}
