import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { type Observable, firstValueFrom } from 'rxjs';
import type { Locale } from '@leerruimte/shared-contracts';
import { IdentityApi, SessionStore } from '@leerruimte/web-identity-data-access';
import { toErrorBody } from '@leerruimte/web-shared-data-access';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import { FieldErrors, Notice, applyServerErrors } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { profileTexts } from './profile.texts';

/** A person's own account: name, language, teams, password, their data and removal. */
@Component({
  selector: 'lr-profile-page',
  imports: [
    FieldErrors,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Notice,
    ReactiveFormsModule,
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
  protected readonly user = computed(() => this.session.user());

  protected readonly detailsForm = new FormGroup({
    name: new FormControl(this.session.user()?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2)],
    }),
    locale: new FormControl<Locale>(this.localeService.locale(), { nonNullable: true }),
  });
  protected readonly passwordForm = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    newPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly deleteForm = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly message = signal<{ tone: 'success' | 'danger'; text: string } | null>(null);
  protected readonly busy = signal(false);

  protected async saveDetails(): Promise<void> {
    const user = await this.run(
      this.api.updateProfile(this.detailsForm.getRawValue()),
      this.detailsForm,
    );
    if (user) {
      this.session.signedIn(user);
      this.localeService.use(user.locale);
      this.message.set({ tone: 'success', text: this.t().saved });
    }
  }

  protected async changePassword(): Promise<void> {
    if (
      (await this.run(
        this.api.changePassword(this.passwordForm.getRawValue()),
        this.passwordForm,
      )) !== undefined
    ) {
      this.passwordForm.reset();
      this.message.set({ tone: 'success', text: this.t().passwordChanged });
    }
  }

  protected async exportData(): Promise<void> {
    const blob = await this.run(this.api.exportMyData());
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
    if (
      (await this.run(
        this.api.deleteAccount(this.deleteForm.getRawValue().password),
        this.deleteForm,
      )) !== undefined
    ) {
      this.session.signedOut();
      await this.router.navigateByUrl(link(appPaths.start));
    }
  }

  private async run<T>(action: Observable<T>, form?: FormGroup): Promise<T | undefined> {
    form?.markAllAsTouched();
    if (form?.invalid) return undefined;
    this.busy.set(true);
    this.message.set(null);
    try {
      return await firstValueFrom(action, { defaultValue: null as T });
    } catch (error) {
      const body = toErrorBody(error);
      const unplaced = form ? applyServerErrors(form, body) : [];
      if (!form || !body.fields || unplaced.length > 0) {
        this.message.set({
          tone: 'danger',
          text: unplaced.join(' ') || body.message || this.t().failed,
        });
      }
      return undefined;
    } finally {
      this.busy.set(false);
    }
  }
}
