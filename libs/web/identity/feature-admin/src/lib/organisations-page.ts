import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import { createOrganisationRequestSchema } from '@leerruimte/shared-contracts';
import { IdentityApi } from '@leerruimte/web-identity-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  StatusIndicator,
  formAction,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { adminTexts } from './admin.texts';

const fields = createOrganisationRequestSchema.shape;

/** The platform admin's list of organisations, and the form to add one with its first admin. */
@Component({
  selector: 'lr-organisations-page',
  imports: [
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
    StatusIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ t().organisationsTitle }}</h1>
    <div aria-live="polite">
      @if (done(); as done) {
        <lr-notice tone="success" data-testid="admin-message">{{ done }}</lr-notice>
      }
      <lr-form-problem [action]="action" />
    </div>
    <section class="panel" aria-labelledby="organisations-title">
      <h2 id="organisations-title">{{ t().organisationsTitle }}</h2>
      @if (organisations.hasValue()) {
        <ul class="plain">
          @for (organisation of organisations.value(); track organisation.id) {
            <li>
              {{ organisation.name }}
              <span class="muted">
                ({{ t().teamCount(organisation.teamCount) }},
                {{ t().managedBy(organisation.admins.join(', ')) }})
              </span>
            </li>
          } @empty {
            <li>{{ t().noOrganisations }}</li>
          }
        </ul>
      } @else if (organisations.error()) {
        <lr-notice tone="danger">{{ t().loadFailed }}</lr-notice>
      } @else {
        <lr-status-indicator state="pending">{{ t().loading }}</lr-status-indicator>
      }
    </section>
    <section class="panel" aria-labelledby="new-organisation-title">
      <h2 id="new-organisation-title">{{ t().newOrganisation }}</h2>
      <form class="inline" [formGroup]="form" (ngSubmit)="create()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().organisationName }}</mat-label>
          <input matInput formControlName="name" required />
          <mat-error><lr-field-errors [control]="form.controls.name" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().adminName }}</mat-label>
          <input matInput formControlName="adminName" required />
          <mat-error><lr-field-errors [control]="form.controls.adminName" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().adminEmail }}</mat-label>
          <input matInput type="email" formControlName="adminEmail" required />
          <mat-error><lr-field-errors [control]="form.controls.adminEmail" /></mat-error>
        </mat-form-field>
        <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
          {{ t().createOrganisation }}
        </button>
      </form>
    </section>
  `,
  styleUrl: './admin-pages.scss',
})
export class OrganisationsPage {
  private readonly api = inject(IdentityApi);
  protected readonly t = injectTexts(adminTexts);
  protected readonly organisations = rxResource({ stream: () => this.api.organisations() });
  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(fields.name)],
    }),
    adminName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(fields.adminName)],
    }),
    adminEmail: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(fields.adminEmail)],
    }),
  });
  protected readonly action = formAction();
  protected readonly done = signal<string | null>(null);

  protected async create(): Promise<void> {
    this.done.set(null);
    const created = await this.action.run(
      () => firstValueFrom(this.api.createOrganisation(this.form.getRawValue())),
      { form: this.form },
    );
    if (created) {
      this.done.set(this.t().organisationCreated(created.name));
      this.form.reset();
      this.organisations.reload();
    }
  }
}
