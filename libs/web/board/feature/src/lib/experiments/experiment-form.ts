import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import {
  type PracticeTheme,
  type ExperimentDetail,
  type ExperimentPlanRequest,
  practiceThemes,
  experimentPlanRequestSchema,
} from '@leerruimte/shared-contracts';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { IdentityApi } from '@leerruimte/web-identity-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import {
  DateField,
  FieldErrors,
  FormBehaviour,
  FormProblem,
  PrivacyFindings,
  dateControl,
  formAction,
  fromIsoDate,
  guardedText,
  toIsoDate,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { boardTexts } from '../board.texts';
import { experimentTexts } from './experiments.texts';

/** Where a new experiment comes from: a why-question, a case, or the previous cycle. */
export interface ExperimentOrigin {
  whyQuestionId?: string;
  caseId?: string;
  previousExperimentId?: string;
}

const fields = experimentPlanRequestSchema.shape;
const textFields = [
  'title',
  'situation',
  'intendedEffect',
  'whatWeTry',
  'prediction',
  'howWeKnow',
  'measureName',
  'roles',
] as const;

function text(schema: (typeof fields)[(typeof textFields)[number]], required = false) {
  return new FormControl('', {
    nonNullable: true,
    validators: required ? [Validators.required, zodValidator(schema)] : [zodValidator(schema)],
  });
}

/**
 * The plan of an experiment, new or changed by its owner: what we try, what we expect, how we
 * will know, who takes part and when.
 */
@Component({
  selector: 'lr-experiment-form',
  imports: [
    DateField,
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PrivacyFindings,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().title }}</mat-label>
        <input matInput formControlName="title" />
        <mat-error><lr-field-errors [control]="form.controls.title" /></mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ common().theme }}</mat-label>
        <mat-select formControlName="theme">
          <mat-option value="">{{ common().noTheme }}</mat-option>
          @for (theme of themes; track theme) {
            <mat-option [value]="theme">{{ common().themes[theme] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().situation }}</mat-label>
        <textarea matInput formControlName="situation" rows="3"></textarea>
        <mat-hint>{{ t().situationHint }}</mat-hint>
        <mat-error><lr-field-errors [control]="form.controls.situation" /></mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().intendedEffect }}</mat-label>
        <textarea matInput formControlName="intendedEffect" rows="2"></textarea>
        <mat-hint>{{ t().intendedEffectHint }}</mat-hint>
        <mat-error><lr-field-errors [control]="form.controls.intendedEffect" /></mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().whatWeTry }}</mat-label>
        <textarea matInput formControlName="whatWeTry" rows="3"></textarea>
        <mat-error><lr-field-errors [control]="form.controls.whatWeTry" /></mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().prediction }}</mat-label>
        <textarea matInput formControlName="prediction" rows="2"></textarea>
        <mat-hint>{{ t().predictionHint }}</mat-hint>
        <mat-error><lr-field-errors [control]="form.controls.prediction" /></mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().howWeKnow }}</mat-label>
        <textarea matInput formControlName="howWeKnow" rows="2"></textarea>
        <mat-hint>{{ t().howWeKnowHint }}</mat-hint>
        <mat-error><lr-field-errors [control]="form.controls.howWeKnow" /></mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().measureName }}</mat-label>
        <input matInput formControlName="measureName" />
        <mat-hint>{{ t().measureNameHint }}</mat-hint>
        <mat-error><lr-field-errors [control]="form.controls.measureName" /></mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().roles }}</mat-label>
        <textarea matInput formControlName="roles" rows="2"></textarea>
        <mat-error><lr-field-errors [control]="form.controls.roles" /></mat-error>
      </mat-form-field>
      <fieldset data-testid="participants">
        <legend>{{ t().participantsLegend }}</legend>
        @if (members.hasValue()) {
          <div class="stacked">
            @for (member of members.value(); track member.userId) {
              <mat-checkbox
                [checked]="participants().has(member.userId)"
                (change)="toggle(member.userId, $event.checked)"
                >{{ member.name }}</mat-checkbox
              >
            }
          </div>
        } @else if (members.error()) {
          <p class="muted">{{ t().membersFailed }}</p>
        }
      </fieldset>
      <div class="row">
        <lr-date-field [control]="form.controls.startDate" [label]="t().startDate" />
        <lr-date-field
          [control]="form.controls.endDate"
          [label]="t().endDate"
          [min]="startDate()"
        />
      </div>
      <lr-privacy-findings [text]="allText()" [confirmed]="form.controls.confirmedNotClientData" />
      <div class="actions">
        <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
          {{ editing() ? t().savePlan : t().create }}
        </button>
        @if (cancellable()) {
          <button class="lr-button" type="button" (click)="cancelled.emit()">
            {{ common().cancel }}
          </button>
        }
      </div>
      <lr-form-problem [action]="action" />
    </form>
  `,
  styleUrl: '../board-pages.scss',
})
export class ExperimentForm implements OnInit {
  private readonly api = inject(BoardApi);
  private readonly identity = inject(IdentityApi);
  protected readonly t = injectTexts(experimentTexts);
  protected readonly common = injectTexts(boardTexts);
  protected readonly action = formAction();
  protected readonly themes = practiceThemes;

  readonly teamId = input.required<string>();
  /** The experiment whose plan the owner changes. */
  readonly editing = input<ExperimentDetail>();
  /** A new experiment's link to a question, a case or the previous cycle. */
  readonly origin = input<ExperimentOrigin>({});
  /** The previous cycle, whose plan a follow-up starts from. */
  readonly startFrom = input<ExperimentDetail>();
  readonly cancellable = input(false);
  readonly saved = output<ExperimentDetail>();
  readonly cancelled = output<void>();

  protected readonly members = rxResource({
    params: () => this.teamId(),
    stream: ({ params }) => this.identity.members(params),
  });
  protected readonly participants = signal<ReadonlySet<string>>(new Set());

  protected readonly form = new FormGroup({
    title: text(fields.title, true),
    theme: new FormControl<PracticeTheme | ''>('', { nonNullable: true }),
    situation: text(fields.situation),
    intendedEffect: text(fields.intendedEffect, true),
    whatWeTry: text(fields.whatWeTry, true),
    prediction: text(fields.prediction),
    howWeKnow: text(fields.howWeKnow),
    measureName: text(fields.measureName),
    roles: text(fields.roles),
    startDate: dateControl(),
    endDate: dateControl(),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  protected readonly allText = guardedText(this.form, textFields);
  /** The end date may not be before the start (the contract's rule), so the calendar starts there. */
  protected readonly startDate = toSignal(this.form.controls.startDate.valueChanges, {
    initialValue: null,
  });

  ngOnInit(): void {
    const plan = this.editing() ?? this.startFrom();
    if (!plan) return;
    this.form.patchValue({
      title: this.editing() ? plan.title : '',
      theme: plan.theme ?? '',
      situation: plan.situation,
      intendedEffect: plan.intendedEffect,
      whatWeTry: plan.whatWeTry,
      prediction: plan.prediction,
      howWeKnow: plan.howWeKnow,
      measureName: plan.measureName,
      roles: plan.roles,
      startDate: this.editing() ? fromIsoDate(plan.startDate) : null,
      endDate: this.editing() ? fromIsoDate(plan.endDate) : null,
    });
    this.participants.set(new Set(plan.participants.map((participant) => participant.userId)));
  }

  protected toggle(userId: string, checked: boolean): void {
    this.participants.update((current) => {
      const next = new Set(current);
      if (checked) next.add(userId);
      else next.delete(userId);
      return next;
    });
  }

  protected async save(): Promise<void> {
    const { theme, startDate, endDate, confirmedNotClientData, ...texts } = this.form.getRawValue();
    const plan: ExperimentPlanRequest = {
      ...texts,
      ...(theme && { theme }),
      participantIds: [...this.participants()],
      startDate: toIsoDate(startDate),
      endDate: toIsoDate(endDate),
      ...(confirmedNotClientData && { confirmedNotClientData }),
    };
    const editing = this.editing();
    const saved = await this.action.run(
      () =>
        firstValueFrom(
          editing
            ? this.api.updatePlan(this.teamId(), editing.id, plan)
            : this.api.createExperiment(this.teamId(), { ...plan, ...this.origin() }),
        ),
      { form: this.form },
    );
    if (saved) {
      this.form.controls.confirmedNotClientData.setValue(false);
      this.saved.emit(saved);
    }
  }
}
