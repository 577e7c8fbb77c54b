import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import { ClientDataContextStore, IdentityApi } from '@leerruimte/web-identity-data-access';
import { defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';
import { FieldErrors, FormProblem, Notice, formAction } from '@leerruimte/web-shared-ui';

const texts = defineTexts(
  {
    title: 'Geen cliëntgegevens',
    intro:
      'Wat jullie team vaak schrijft en geen gegevens van een cliënt zijn: jullie eigen adres, het algemene nummer van de gemeente, een nummer van een partner. De privacycontrole slaat dit over voor iedereen in het team.',
    label: 'Eén per regel',
    hint: 'Hoogstens 20, van 3 tot 200 tekens.',
    save: 'Lijst bewaren',
    saved: 'De lijst is bewaard.',
  },
  {
    title: 'Not client data',
    intro:
      "What your team often writes that is no client's data: your own address, the municipality's general number, a partner's number. The privacy check skips it for everyone in the team.",
    label: 'One per line',
    hint: 'At most 20, of 3 to 200 characters each.',
    save: 'Save list',
    saved: 'The list has been saved.',
  },
);

/** For the team lead: the team's list of what the privacy guard skips. */
@Component({
  selector: 'lr-privacy-allowances',
  imports: [
    FieldErrors,
    FormProblem,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="privacy-allowances-title">
      <h2 id="privacy-allowances-title">{{ t().title }}</h2>
      <p>{{ t().intro }}</p>
      <form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().label }}</mat-label>
          <textarea matInput formControlName="fragments" rows="4"></textarea>
          <mat-hint>{{ t().hint }}</mat-hint>
          <mat-error><lr-field-errors [control]="form.controls.fragments" /></mat-error>
        </mat-form-field>
        <button class="lr-button lr-button-outlined" type="submit" [disabled]="action.busy()">
          {{ t().save }}
        </button>
        <div aria-live="polite">
          @if (saved()) {
            <lr-notice tone="success">{{ t().saved }}</lr-notice>
          }
          <lr-form-problem [action]="action" />
        </div>
      </form>
    </section>
  `,
  styleUrl: '../board-pages.scss',
})
export class PrivacyAllowancesSection {
  private readonly api = inject(IdentityApi);
  private readonly context = inject(ClientDataContextStore);
  protected readonly t = injectTexts(texts);

  readonly teamId = input.required<string>();

  protected readonly form = new FormGroup({
    fragments: new FormControl('', { nonNullable: true }),
  });
  protected readonly action = formAction();
  protected readonly saved = signal(false);
  private readonly current = rxResource({
    params: () => this.teamId(),
    stream: ({ params: teamId }) => this.api.privacyAllowances(teamId),
  });

  constructor() {
    effect(() => {
      if (this.current.hasValue()) {
        this.form.setValue({ fragments: this.current.value().fragments.join('\n') });
      }
    });
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    const fragments = this.form
      .getRawValue()
      .fragments.split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    const stored = await this.action.run(
      () => firstValueFrom(this.api.savePrivacyAllowances(this.teamId(), fragments)),
      { form: this.form },
    );
    if (stored) {
      this.saved.set(true);
      this.form.setValue({ fragments: stored.fragments.join('\n') });
      this.context.reload();
    }
  }
}
