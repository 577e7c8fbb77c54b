import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { type Training, checkInRequestSchema } from '@leerruimte/shared-contracts';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  Breadcrumb,
  FieldErrors,
  FormBehaviour,
  FormProblem,
  LoadState,
  Notice,
  formAction,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { TrainingsApi } from '@leerruimte/web-trainings-data-access';
import { trainingTexts } from './trainings.texts';

/**
 * A participant checks in to a session that is on: by the QR code in the room (its link carries
 * this minute's code, sent at once) or by typing the code shown.
 */
@Component({
  selector: 'lr-check-in-page',
  imports: [
    Breadcrumb,
    FieldErrors,
    FormBehaviour,
    FormProblem,
    LoadState,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb [trail]="[{ label: t().back, link: trainingsLink() }]" [current]="t().checkIn" />
    <section class="panel" aria-labelledby="check-in-title">
      <h1 id="check-in-title">{{ t().checkIn }}</h1>
      <lr-load-state [resource]="trainings" />
      @if (trainings.hasValue()) {
        @if (found(); as here) {
          <p class="training-title">{{ here.training.title }}</p>
          <ul class="facts">
            <li>{{ dates.weekdayDate(here.session.date) }}</li>
            <li>{{ t().times(here.session.startTime, here.session.endTime) }}</li>
            <li>{{ here.session.place }}</li>
          </ul>
          @if (here.session.mine?.checkedIn) {
            <lr-notice tone="success">{{ t().checkInDone }}</lr-notice>
            <div class="actions">
              <a class="lr-button lr-button-outlined" [routerLink]="trainingsLink()">{{
                t().back
              }}</a>
            </div>
          } @else if (sendingLink()) {
            <p role="status">{{ t().checkInFromLink }}</p>
          } @else {
            <p>{{ t().checkInIntro }}</p>
            <form class="form" [formGroup]="form" (ngSubmit)="send()" novalidate>
              <mat-form-field appearance="outline">
                <mat-label>{{ t().checkInCode }}</mat-label>
                <input
                  matInput
                  formControlName="code"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  maxlength="64"
                />
                <mat-error><lr-field-errors [control]="form.controls.code" /></mat-error>
              </mat-form-field>
              <div class="actions">
                <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
                  {{ t().checkIn }}
                </button>
              </div>
            </form>
          }
        } @else {
          <lr-notice tone="warning">{{ t().checkInUnknown }}</lr-notice>
        }
      }
      <lr-form-problem [action]="action" />
    </section>
  `,
  styleUrl: './trainings-pages.scss',
  styles: `
    .training-title {
      font-size: var(--lr-font-size-l);
      font-weight: 600;
    }
    .form {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      max-width: 20rem;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class CheckInPage {
  private readonly api = inject(TrainingsApi);
  protected readonly t = injectTexts(trainingTexts);
  protected readonly dates = injectDateFormat();
  protected readonly action = formAction();

  readonly teamId = input.required<string>();
  readonly sessionId = input.required<string>();
  /** This minute's code, when the page was opened from the QR code in the room. */
  readonly code = input<string>();

  protected readonly trainingsLink = computed(() =>
    link(appPaths.trainings, { teamId: this.teamId() }),
  );
  protected readonly trainings = rxResource({
    params: () => this.teamId(),
    stream: ({ params: teamId }) => this.api.list(teamId),
  });
  protected readonly found = computed(() => {
    const trainings = this.trainings.hasValue() ? this.trainings.value() : [];
    for (const training of trainings) {
      const session = training.sessions.find((candidate) => candidate.id === this.sessionId());
      if (session) return { training, session };
    }
    return null;
  });
  protected readonly form = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(checkInRequestSchema.shape.code)],
    }),
  });
  /** The QR code's link is being sent: no form meanwhile. */
  protected readonly sendingLink = signal(false);
  private linkUsed = false;

  constructor() {
    effect(() => {
      const fromLink = this.code();
      const here = this.found();
      if (!fromLink || !here || here.session.mine?.checkedIn || this.linkUsed) return;
      this.linkUsed = true;
      untracked(() => void this.checkIn(fromLink, true));
    });
  }

  protected send(): Promise<void> {
    return this.checkIn(this.form.controls.code.value, false);
  }

  private async checkIn(code: string, fromLink: boolean): Promise<void> {
    this.sendingLink.set(fromLink);
    const updated = await this.action.run(
      () => firstValueFrom(this.api.checkIn(this.teamId(), this.sessionId(), code)),
      fromLink ? {} : { form: this.form },
    );
    this.sendingLink.set(false);
    if (updated) this.replace(updated);
  }

  private replace(updated: Training): void {
    this.trainings.value.update((trainings) =>
      trainings?.map((training) => (training.id === updated.id ? updated : training)),
    );
  }
}
