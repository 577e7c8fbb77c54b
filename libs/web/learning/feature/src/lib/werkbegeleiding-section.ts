import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import { type Werkbegeleiding, werkbegeleidingRequestSchema } from '@leerruimte/shared-contracts';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  DateField,
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  PrivacyFindings,
  dateControl,
  formAction,
  guardedText,
  isoToday,
  toIsoDate,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { learningTexts } from './learning.texts';

const fields = werkbegeleidingRequestSchema.shape;

/**
 * "Werkbegeleiding" on Mijn leren: the supervision meetings a professional records (date,
 * length, who supervised, a short topic), each counted as reflection in the leerverslag.
 */
@Component({
  selector: 'lr-werkbegeleiding-section',
  imports: [
    DateField,
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    PrivacyFindings,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="werkbegeleiding-title">{{ t().werkbegeleidingTitle }}</h2>
    <p>{{ t().werkbegeleidingIntro }}</p>
    @if (meetings.hasValue()) {
      @if (meetings.value().length === 0) {
        <p class="muted">{{ t().werkbegeleidingNone }}</p>
      } @else {
        <ul class="meetings">
          @for (meeting of meetings.value(); track meeting.id) {
            <li>
              <span>
                <strong>{{ dates.date(meeting.heldOn) }}</strong> ·
                {{ t().minutes(meeting.minutes) }} · {{ meeting.supervisor }}
                @if (meeting.topic) {
                  · {{ meeting.topic }}
                }
              </span>
              <button
                class="lr-button"
                type="button"
                [disabled]="action.busy()"
                [attr.aria-label]="t().removeMeeting(dates.date(meeting.heldOn))"
                (click)="remove(meeting)"
              >
                {{ t().remove }}
              </button>
            </li>
          }
        </ul>
      }
    } @else if (meetings.error()) {
      <lr-notice tone="danger">{{ t().loadFailed }}</lr-notice>
    }
    <h3>{{ t().recordMeeting }}</h3>
    <form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <lr-date-field [control]="form.controls.heldOn" [label]="t().meetingDate" />
      <mat-form-field appearance="outline">
        <mat-label>{{ t().meetingMinutes }}</mat-label>
        <input matInput type="number" min="5" max="600" formControlName="minutes" />
        <mat-error><lr-field-errors [control]="form.controls.minutes" /></mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().supervisor }}</mat-label>
        <input matInput formControlName="supervisor" autocomplete="off" />
        <mat-error><lr-field-errors [control]="form.controls.supervisor" /></mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().meetingTopic }}</mat-label>
        <input matInput formControlName="topic" autocomplete="off" />
        <mat-hint>{{ t().meetingTopicHint }}</mat-hint>
        <mat-error><lr-field-errors [control]="form.controls.topic" /></mat-error>
      </mat-form-field>
      <lr-privacy-findings [text]="topic()" [confirmed]="form.controls.confirmedNotClientData" />
      <div class="actions">
        <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
          {{ t().saveMeeting }}
        </button>
      </div>
      <div aria-live="polite">
        @if (saved()) {
          <lr-notice tone="success">{{ t().meetingSaved }}</lr-notice>
        }
        <lr-form-problem [action]="action" />
      </div>
    </form>
  `,
  styles: `
    .meetings {
      list-style: none;
      padding: 0;
    }
    .meetings li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--lr-space-2);
    }
  `,
  styleUrls: ['./learning-pages.scss', './certificates/certificates.scss'],
})
export class WerkbegeleidingSection {
  private readonly api = inject(LearningApi);
  protected readonly t = injectTexts(learningTexts);
  protected readonly dates = injectDateFormat();
  protected readonly action = formAction();
  protected readonly saved = signal(false);

  protected readonly meetings = rxResource({ stream: () => this.api.werkbegeleiding() });
  protected readonly form = new FormGroup({
    heldOn: dateControl(isoToday(), [Validators.required]),
    minutes: new FormControl(60, {
      nonNullable: true,
      validators: [zodValidator(fields.minutes)],
    }),
    supervisor: new FormControl('', {
      nonNullable: true,
      validators: [zodValidator(fields.supervisor)],
    }),
    topic: new FormControl('', { nonNullable: true, validators: [zodValidator(fields.topic)] }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  protected readonly topic = guardedText(this.form, ['topic']);

  protected async save(): Promise<void> {
    this.saved.set(false);
    const value = this.form.getRawValue();
    const meeting = await this.action.run(
      () =>
        firstValueFrom(
          this.api.addWerkbegeleiding({
            heldOn: toIsoDate(value.heldOn) ?? '',
            minutes: value.minutes,
            supervisor: value.supervisor,
            topic: value.topic,
            ...(value.confirmedNotClientData && { confirmedNotClientData: true }),
          }),
        ),
      { form: this.form },
    );
    if (!meeting) return;
    this.saved.set(true);
    this.form.reset({
      heldOn: value.heldOn,
      minutes: value.minutes,
      supervisor: value.supervisor,
      topic: '',
      confirmedNotClientData: false,
    });
    this.meetings.reload();
  }

  protected async remove(meeting: Werkbegeleiding): Promise<void> {
    this.saved.set(false);
    const done = await this.action.run(async () => {
      await firstValueFrom(this.api.removeWerkbegeleiding(meeting.id));
      return true;
    });
    if (done) this.meetings.reload();
  }
}
