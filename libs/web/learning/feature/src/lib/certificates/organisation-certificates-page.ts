import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import {
  type AccreditationRegister,
  type OrganisationCertificate,
  accreditationRegisterNames,
  accreditationRegisters,
} from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FieldErrors,
  FormBehaviour,
  FormProblem,
  LoadState,
  Notice,
  TableScroll,
  formAction,
} from '@leerruimte/web-shared-ui';
import { certificateTexts, organisationCertificateTexts } from './certificates.texts';

/** Dutch or English decimal comma or point, in half points. */
const POINTS = /^\d{1,3}([.,][05])?$/;

/**
 * For an organisation admin: which modules are accredited for which register, and the
 * certificates their people earned, with a way to revoke one that is wrong.
 */
@Component({
  selector: 'lr-organisation-certificates-page',
  imports: [
    FieldErrors,
    FormBehaviour,
    FormProblem,
    LoadState,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Notice,
    ReactiveFormsModule,
    TableScroll,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="organisation-certificates-title">
      <h1 id="organisation-certificates-title">{{ t().title(organisationName()) }}</h1>
      <p>{{ t().intro }}</p>
    </section>
    <div aria-live="polite">
      @if (message(); as text) {
        <lr-notice tone="success" data-testid="certificates-message">{{ text }}</lr-notice>
      }
    </div>

    <section class="panel" aria-labelledby="accreditations-title">
      <h2 id="accreditations-title">{{ t().accreditationsTitle }}</h2>
      <form class="form" [formGroup]="form" (ngSubmit)="accredit()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().module }}</mat-label>
          <mat-select formControlName="moduleSlug" required>
            @for (
              row of accreditations.hasValue() ? accreditations.value() : [];
              track row.module.slug
            ) {
              <mat-option [value]="row.module.slug">{{ row.module.title }}</mat-option>
            }
          </mat-select>
          <mat-error><lr-field-errors [control]="form.controls.moduleSlug" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().register }}</mat-label>
          <mat-select formControlName="register" required>
            @for (register of registers; track register) {
              <mat-option [value]="register">{{ registerNames[register] }}</mat-option>
            }
          </mat-select>
          <mat-error><lr-field-errors [control]="form.controls.register" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().number }}</mat-label>
          <input matInput formControlName="number" required maxlength="80" />
          <mat-hint>{{ t().numberHint }}</mat-hint>
          <mat-error><lr-field-errors [control]="form.controls.number" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().points }}</mat-label>
          <input matInput formControlName="points" required inputmode="decimal" />
          <mat-hint>{{ t().pointsHint }}</mat-hint>
          <mat-error><lr-field-errors [control]="form.controls.points" /></mat-error>
        </mat-form-field>
        <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
          {{ t().save }}
        </button>
        <lr-form-problem [action]="action" />
      </form>

      @if (accreditations.hasValue()) {
        <lr-table-scroll labelledBy="accreditations-title">
          <table class="lr-table">
            <thead>
              <tr>
                <th scope="col">{{ t().module }}</th>
                <th scope="col">{{ t().studyLoad }}</th>
                <th scope="col">{{ t().accreditation }}</th>
                <th scope="col">
                  <span class="lr-visually-hidden">{{ t().removeShort }}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              @for (row of accredited(); track row.module.slug) {
                <tr>
                  <th scope="row">{{ row.module.title }}</th>
                  <td>{{ t().hours(row.module.studyLoadMinutes) }}</td>
                  <td>
                    @if (row.accreditation; as accreditation) {
                      {{
                        c().accredited(
                          registerNames[accreditation.register],
                          accreditation.number,
                          accreditation.points
                        )
                      }}
                    }
                  </td>
                  <td>
                    <button
                      class="lr-button"
                      type="button"
                      [attr.aria-label]="t().remove(row.module.title)"
                      [disabled]="action.busy()"
                      (click)="removeAccreditation(row.module.slug, row.module.title)"
                    >
                      {{ t().removeShort }}
                    </button>
                  </td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="4">{{ t().noAccreditations }}</td>
                </tr>
              }
            </tbody>
          </table>
        </lr-table-scroll>
      }
    </section>

    <section class="panel" aria-labelledby="earned-title">
      <h2 id="earned-title">{{ t().certificatesTitle }}</h2>
      <p>{{ t().certificatesIntro }}</p>
      @if (certificates.hasValue()) {
        <lr-table-scroll labelledBy="earned-title">
          <table class="lr-table" data-testid="organisation-certificates">
            <thead>
              <tr>
                <th scope="col">{{ t().holder }}</th>
                <th scope="col">{{ t().module }}</th>
                <th scope="col">{{ t().completedOn }}</th>
                <th scope="col">{{ t().accreditation }}</th>
                <th scope="col">{{ t().status }}</th>
                <th scope="col">
                  <span class="lr-visually-hidden">{{ t().revoke }}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              @for (certificate of certificates.value(); track certificate.id) {
                <tr>
                  <th scope="row">{{ certificate.holderName }}</th>
                  <td>{{ certificate.module.title }}</td>
                  <td>{{ dates.date(certificate.completedAt) }}</td>
                  <td>
                    @if (certificate.accreditation; as accreditation) {
                      {{ registerNames[accreditation.register] }} {{ accreditation.number }}
                    } @else {
                      {{ t().none }}
                    }
                  </td>
                  <td>
                    {{ c().status[certificate.status] }}
                    @if (certificate.statusReason) {
                      <br /><span class="muted">{{ certificate.statusReason }}</span>
                    }
                  </td>
                  <td>
                    @if (certificate.status === 'valid') {
                      <button
                        class="lr-button"
                        type="button"
                        [attr.aria-label]="
                          t().revokeFor(certificate.holderName, certificate.module.title)
                        "
                        (click)="startRevoking(certificate)"
                      >
                        {{ t().revoke }}
                      </button>
                      <button
                        class="lr-button"
                        type="button"
                        [attr.aria-label]="
                          t().reissueFor(certificate.holderName, certificate.module.title)
                        "
                        (click)="startReissuing(certificate)"
                      >
                        {{ t().reissue }}
                      </button>
                    }
                  </td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="6">{{ t().noCertificates }}</td>
                </tr>
              }
            </tbody>
          </table>
        </lr-table-scroll>
      }
      @if (reissuing(); as certificate) {
        <form
          class="form revoke"
          [formGroup]="reissueForm"
          (ngSubmit)="reissue(certificate)"
          novalidate
        >
          <h3>{{ t().reissueFor(certificate.holderName, certificate.module.title) }}</h3>
          <p>{{ t().reissueIntro }}</p>
          <mat-form-field appearance="outline">
            <mat-label>{{ t().correctedName }}</mat-label>
            <input matInput formControlName="holderName" required maxlength="200" />
            <mat-error><lr-field-errors [control]="reissueForm.controls.holderName" /></mat-error>
          </mat-form-field>
          <div class="actions">
            <button
              class="lr-button lr-button-filled"
              type="submit"
              [disabled]="revokeAction.busy()"
            >
              {{ t().confirmReissue }}
            </button>
            <button class="lr-button" type="button" (click)="reissuing.set(null)">
              {{ t().cancel }}
            </button>
          </div>
          <lr-form-problem [action]="revokeAction" />
        </form>
      }
      @if (revoking(); as certificate) {
        <form
          class="form revoke"
          [formGroup]="revokeForm"
          (ngSubmit)="revoke(certificate)"
          novalidate
        >
          <h3>{{ t().revokeFor(certificate.holderName, certificate.module.title) }}</h3>
          <mat-form-field appearance="outline">
            <mat-label>{{ t().reason }}</mat-label>
            <textarea
              matInput
              formControlName="reason"
              rows="2"
              required
              maxlength="500"
            ></textarea>
            <mat-hint>{{ t().reasonHint }}</mat-hint>
            <mat-error><lr-field-errors [control]="revokeForm.controls.reason" /></mat-error>
          </mat-form-field>
          <div class="actions">
            <button
              class="lr-button lr-button-filled"
              type="submit"
              [disabled]="revokeAction.busy()"
            >
              {{ t().confirmRevoke }}
            </button>
            <button class="lr-button" type="button" (click)="revoking.set(null)">
              {{ t().cancel }}
            </button>
          </div>
          <lr-form-problem [action]="revokeAction" />
        </form>
      }
    </section>
    <lr-load-state [resource]="accreditations" />
  `,
  styleUrls: ['../learning-pages.scss', './certificates.scss'],
})
export class OrganisationCertificatesPage {
  private readonly api = inject(LearningApi);
  private readonly session = inject(SessionStore);
  protected readonly t = injectTexts(organisationCertificateTexts);
  protected readonly c = injectTexts(certificateTexts);
  protected readonly dates = injectDateFormat();
  protected readonly registers = accreditationRegisters;
  protected readonly registerNames = accreditationRegisterNames;
  protected readonly action = formAction();
  protected readonly revokeAction = formAction();

  readonly organisationId = input.required<string>();

  protected readonly organisationName = computed(
    () =>
      this.session.user()?.organisations.find((each) => each.id === this.organisationId())?.name ??
      '',
  );
  protected readonly accreditations = rxResource({
    params: () => this.organisationId(),
    stream: ({ params }) => this.api.accreditations(params),
  });
  protected readonly accredited = computed(() =>
    this.accreditations.hasValue()
      ? this.accreditations.value().filter((row) => row.accreditation !== null)
      : [],
  );
  protected readonly certificates = rxResource({
    params: () => this.organisationId(),
    stream: ({ params }) => this.api.organisationCertificates(params),
  });
  protected readonly message = signal<string | null>(null);
  protected readonly revoking = signal<OrganisationCertificate | null>(null);
  protected readonly reissuing = signal<OrganisationCertificate | null>(null);
  protected readonly reissueForm = new FormGroup({
    holderName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(200)],
    }),
  });

  protected readonly form = new FormGroup({
    moduleSlug: new FormControl('', { nonNullable: true, validators: Validators.required }),
    register: new FormControl<AccreditationRegister | ''>('', {
      nonNullable: true,
      validators: Validators.required,
    }),
    number: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(80)],
    }),
    points: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(POINTS)],
    }),
  });
  protected readonly revokeForm = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(5), Validators.maxLength(500)],
    }),
  });

  protected async accredit(): Promise<void> {
    this.message.set(null);
    const { moduleSlug, register, number, points } = this.form.getRawValue();
    const title = this.titleOf(moduleSlug);
    const done = await this.action.run(
      () =>
        firstValueFrom(
          this.api.accredit(this.organisationId(), moduleSlug, {
            register: register as AccreditationRegister,
            number: number.trim(),
            points: Number(points.replace(',', '.')),
          }),
        ).then(() => true),
      { form: this.form },
    );
    if (done) {
      this.message.set(this.t().saved(title));
      this.form.reset();
      this.accreditations.reload();
    }
  }

  protected async removeAccreditation(moduleSlug: string, title: string): Promise<void> {
    this.message.set(null);
    const done = await this.action.run(() =>
      firstValueFrom(this.api.removeAccreditation(this.organisationId(), moduleSlug)).then(
        () => true,
      ),
    );
    if (done) {
      this.message.set(this.t().removed(title));
      this.accreditations.reload();
    }
  }

  protected startRevoking(certificate: OrganisationCertificate): void {
    this.revokeForm.reset();
    this.reissuing.set(null);
    this.revoking.set(certificate);
  }

  protected startReissuing(certificate: OrganisationCertificate): void {
    this.reissueForm.reset({ holderName: certificate.holderName });
    this.revoking.set(null);
    this.reissuing.set(certificate);
  }

  protected async reissue(certificate: OrganisationCertificate): Promise<void> {
    this.message.set(null);
    const holderName = this.reissueForm.getRawValue().holderName.trim();
    const done = await this.revokeAction.run(
      () =>
        firstValueFrom(
          this.api.reissueCertificate(this.organisationId(), certificate.id, holderName),
        ),
      { form: this.reissueForm },
    );
    if (done) {
      this.reissuing.set(null);
      this.message.set(this.t().reissued(holderName));
      this.certificates.reload();
    }
  }

  protected async revoke(certificate: OrganisationCertificate): Promise<void> {
    this.message.set(null);
    const done = await this.revokeAction.run(
      () =>
        firstValueFrom(
          this.api.revokeCertificate(
            this.organisationId(),
            certificate.id,
            this.revokeForm.getRawValue().reason.trim(),
          ),
        ).then(() => true),
      { form: this.revokeForm },
    );
    if (done) {
      this.revoking.set(null);
      this.message.set(this.t().revoked(certificate.holderName));
      this.certificates.reload();
    }
  }

  private titleOf(slug: string): string {
    const rows = this.accreditations.hasValue() ? this.accreditations.value() : [];
    return rows.find((row) => row.module.slug === slug)?.module.title ?? slug;
  }
}
