import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import type { SsoSettings } from '@leerruimte/shared-contracts';
import { IdentityApi, SessionStore } from '@leerruimte/web-identity-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  StatusIndicator,
  formAction,
} from '@leerruimte/web-shared-ui';
import { ssoSettingsTexts } from './sso-settings.texts';

/** Domains as typed: one per line or separated by commas or spaces. */
export function domainList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((domain) => domain.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/** An organisation admin connects the organisation's OpenID Connect provider and proves its domains. */
@Component({
  selector: 'lr-sso-settings-page',
  imports: [
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
    StatusIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sso-settings-page.html',
  styleUrl: './admin-pages.scss',
})
export class SsoSettingsPage {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  protected readonly dates = injectDateFormat();
  protected readonly t = injectTexts(ssoSettingsTexts);

  readonly organisationId = input.required<string>();

  protected readonly organisationName = computed(
    () =>
      this.session.user()?.organisations.find((o) => o.id === this.organisationId())?.name ?? '',
  );
  private readonly loaded = rxResource({
    params: () => this.organisationId(),
    stream: ({ params }) => this.api.ssoSettings(params),
  });
  /** What the server said last: loaded, or the answer to a save or a domain check. */
  protected readonly settings = linkedSignal<SsoSettings | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  protected readonly loadFailed = computed(() => !!this.loaded.error());

  protected readonly form = new FormGroup({
    issuer: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    clientId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    clientSecret: new FormControl('', { nonNullable: true }),
    tenantId: new FormControl('', { nonNullable: true }),
    domains: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    required: new FormControl(false, { nonNullable: true }),
  });
  protected readonly action = formAction();
  protected readonly done = signal<string | null>(null);
  protected readonly checking = signal<string | null>(null);
  protected readonly confirmingRemoval = signal(false);

  constructor() {
    // The form shows what is stored, once it is loaded.
    effect(() => {
      const connection = this.loaded.hasValue() ? this.loaded.value().connection : null;
      if (!connection) return;
      this.form.reset({
        issuer: connection.issuer,
        clientId: connection.clientId,
        clientSecret: '',
        tenantId: connection.tenantId ?? '',
        domains: connection.domains.map((domain) => domain.domain).join('\n'),
        required: connection.required,
      });
    });
  }

  protected async save(): Promise<void> {
    this.done.set(null);
    const value = this.form.getRawValue();
    const saved = await this.action.run(
      () =>
        firstValueFrom(
          this.api.saveSsoSettings(this.organisationId(), {
            issuer: value.issuer.trim(),
            clientId: value.clientId.trim(),
            ...(value.clientSecret && { clientSecret: value.clientSecret }),
            tenantId: value.tenantId.trim() || null,
            required: value.required,
            domains: domainList(value.domains),
          }),
        ),
      { form: this.form },
    );
    if (saved) {
      this.settings.set(saved);
      this.form.controls.clientSecret.reset('');
      this.done.set(this.t().saved);
    }
  }

  protected async verify(domain: string): Promise<void> {
    this.done.set(null);
    this.checking.set(domain);
    const checked = await this.action.run(() =>
      firstValueFrom(this.api.verifySsoDomain(this.organisationId(), domain)),
    );
    this.checking.set(null);
    if (checked) {
      this.settings.set(checked);
      this.done.set(this.t().verified(domain));
    }
  }

  protected async remove(): Promise<void> {
    this.done.set(null);
    const removed = await this.action.run(() =>
      firstValueFrom(this.api.removeSso(this.organisationId()), { defaultValue: null }),
    );
    this.confirmingRemoval.set(false);
    if (removed !== undefined) {
      this.form.reset();
      this.loaded.reload();
      this.done.set(this.t().removed);
    }
  }
}
