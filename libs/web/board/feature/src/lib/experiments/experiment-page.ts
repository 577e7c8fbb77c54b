import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  type ExperimentDecision,
  type ExperimentDetail,
  type ExperimentStatus,
  dataPointRequestSchema,
  experimentDecisions,
  experimentEvaluationRequestSchema,
  logEntryRequestSchema,
  mayEvaluateExperiment,
  nextExperimentStatuses,
} from '@leerruimte/shared-contracts';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  Breadcrumb,
  dateControl,
  DateField,
  Draft,
  FieldErrors,
  formAction,
  FormBehaviour,
  FormProblem,
  fromIsoDate,
  guardedText,
  isoToday,
  LoadState,
  Notice,
  PrivacyFindings,
  toIsoDate,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { PageTitle, appPaths, link } from '@leerruimte/web-shared-util';
import { boardTexts } from '../board.texts';
import { injectViewer } from '../shared/board-context';
import { HideItem } from '../shared/hide-item';
import { ExperimentForm } from './experiment-form';
import { ExperimentStepper } from './experiment-stepper';
import { experimentTexts } from './experiments.texts';
import { RunChart } from './run-chart';

type Done = 'yes' | 'partly' | 'no';

/**
 * One experiment: its plan, where it stands and the next steps this person may take, the
 * logbook, the measurements as a run chart, and the evaluation that decides what happens next.
 */
@Component({
  selector: 'lr-experiment-page',
  imports: [
    Breadcrumb,
    DateField,
    Draft,
    ExperimentForm,
    ExperimentStepper,
    FieldErrors,
    FormBehaviour,
    FormProblem,
    HideItem,
    LoadState,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    Notice,
    PrivacyFindings,
    ReactiveFormsModule,
    RouterLink,
    RunChart,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './experiment-page.html',
  styleUrl: '../board-pages.scss',
})
export class ExperimentPage {
  private readonly api = inject(BoardApi);
  private readonly pageTitle = inject(PageTitle);
  protected readonly t = injectTexts(experimentTexts);
  protected readonly common = injectTexts(boardTexts);
  protected readonly dates = injectDateFormat();
  protected readonly statusAction = formAction();
  protected readonly logAction = formAction();
  protected readonly pointAction = formAction();
  protected readonly evaluationAction = formAction();
  protected readonly decisions = experimentDecisions;
  protected readonly doneChoices: Done[] = ['yes', 'partly', 'no'];

  readonly teamId = input.required<string>();
  readonly experimentId = input.required<string>();

  protected readonly viewer = injectViewer(() => this.teamId());
  protected readonly experiment = rxResource({
    params: () => ({ teamId: this.teamId(), experimentId: this.experimentId() }),
    stream: ({ params }) => this.api.experiment(params.teamId, params.experimentId),
  });
  /** The page's own crumb: the title, or only "Verborgen" once the lead hid it. */
  protected readonly crumb = computed(() => {
    if (!this.experiment.hasValue()) return undefined;
    const item = this.experiment.value();
    return item.hidden ? this.common().hiddenTitle : item.title;
  });
  protected readonly editing = signal(false);
  protected readonly message = signal<string | null>(null);

  /** The moves this person may make now, from the shared rules the API also applies. */
  protected readonly moves = computed((): ExperimentStatus[] => {
    if (!this.experiment.hasValue()) return [];
    const { myRole, status, hidden } = this.experiment.value();
    return hidden ? [] : nextExperimentStatuses(myRole, status);
  });
  protected readonly mayEvaluate = computed(() => {
    if (!this.experiment.hasValue()) return false;
    const { myRole, status } = this.experiment.value();
    return mayEvaluateExperiment(myRole, status);
  });
  /** Any member notes observations and measurements, until the experiment is decided on. */
  protected readonly mayMeasure = computed(() => {
    if (!this.experiment.hasValue()) return false;
    const { status, hidden } = this.experiment.value();
    return !hidden && !(experimentDecisions as readonly string[]).includes(status);
  });

  protected readonly logForm = new FormGroup({
    observedOn: dateControl(isoToday(), [Validators.required]),
    text: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(logEntryRequestSchema.shape.text)],
    }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  protected readonly logText = guardedText(this.logForm, ['text']);

  protected readonly pointForm = new FormGroup({
    measuredOn: dateControl(isoToday(), [Validators.required]),
    value: new FormControl<number | null>(null, {
      validators: [Validators.required, zodValidator(dataPointRequestSchema.shape.value)],
    }),
    note: new FormControl('', {
      nonNullable: true,
      validators: [zodValidator(dataPointRequestSchema.shape.note)],
    }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  protected readonly pointText = guardedText(this.pointForm, ['note']);

  protected readonly evaluationForm = new FormGroup({
    doneAsPlanned: new FormControl<Done | null>(null, { validators: [Validators.required] }),
    comparedWithPrediction: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        zodValidator(experimentEvaluationRequestSchema.shape.comparedWithPrediction),
      ],
    }),
    learned: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        zodValidator(experimentEvaluationRequestSchema.shape.learned),
      ],
    }),
    decision: new FormControl<ExperimentDecision | null>(null, {
      validators: [Validators.required],
    }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  protected readonly evaluationText = guardedText(this.evaluationForm, [
    'comparedWithPrediction',
    'learned',
  ]);

  protected readonly links = computed(() => {
    const teamId = this.teamId();
    return {
      board: link(appPaths.teamBoard, { teamId }),
      experiments: link(appPaths.experiments, { teamId }),
      newExperiment: link(appPaths.newExperiment, { teamId }),
    };
  });

  constructor() {
    effect(() => {
      if (this.experiment.hasValue()) {
        const experiment = this.experiment.value();
        this.pageTitle.subject.set(
          experiment.hidden ? this.common().hiddenTitle : experiment.title,
        );
      }
    });
  }

  protected questionLink(questionId: string): string {
    return link(appPaths.whyQuestion, { teamId: this.teamId(), questionId });
  }

  protected caseLink(caseId: string): string {
    return link(appPaths.case, { teamId: this.teamId(), caseId });
  }

  protected experimentLink(experimentId: string): string {
    return link(appPaths.experiment, { teamId: this.teamId(), experimentId });
  }

  protected period(experiment: ExperimentDetail): string {
    if (!experiment.startDate) return this.t().notFilled;
    const start = this.dates.date(experiment.startDate);
    return experiment.endDate
      ? this.t().period(start, this.dates.date(experiment.endDate))
      : this.t().from(start);
  }

  protected edited(experiment: ExperimentDetail): void {
    this.experiment.value.set(experiment);
    this.editing.set(false);
    this.message.set(this.common().saved);
  }

  protected async move(to: ExperimentStatus): Promise<void> {
    if (to === 'stopped' && !confirm(this.t().confirmStop)) return;
    this.message.set(null);
    const experiment = await this.statusAction.run(() =>
      firstValueFrom(this.api.changeStatus(this.teamId(), this.experimentId(), to)),
    );
    if (experiment) {
      this.experiment.value.set(experiment);
      this.message.set(this.t().statusChanged(this.common().experimentStatuses[experiment.status]));
    }
  }

  protected async addLogEntry(): Promise<void> {
    const { observedOn, text, confirmedNotClientData } = this.logForm.getRawValue();
    const experiment = await this.logAction.run(
      () =>
        firstValueFrom(
          this.api.addLogEntry(this.teamId(), this.experimentId(), {
            observedOn: toIsoDate(observedOn) as string,
            text,
            ...(confirmedNotClientData && { confirmedNotClientData }),
          }),
        ),
      { form: this.logForm },
    );
    if (experiment) {
      this.experiment.value.set(experiment);
      this.logForm.reset({
        observedOn: fromIsoDate(isoToday()),
        text: '',
        confirmedNotClientData: false,
      });
      this.message.set(this.t().observationAdded);
    }
  }

  protected async addDataPoint(): Promise<void> {
    const { measuredOn, value, note, confirmedNotClientData } = this.pointForm.getRawValue();
    const experiment = await this.pointAction.run(
      () =>
        firstValueFrom(
          this.api.addDataPoint(this.teamId(), this.experimentId(), {
            measuredOn: toIsoDate(measuredOn) as string,
            value: Number(value),
            note,
            ...(confirmedNotClientData && { confirmedNotClientData }),
          }),
        ),
      { form: this.pointForm },
    );
    if (experiment) {
      this.experiment.value.set(experiment);
      this.pointForm.reset({
        measuredOn: fromIsoDate(isoToday()),
        value: null,
        note: '',
        confirmedNotClientData: false,
      });
      this.message.set(this.t().pointAdded);
    }
  }

  protected async evaluate(): Promise<void> {
    const { comparedWithPrediction, learned, confirmedNotClientData } =
      this.evaluationForm.getRawValue();
    // Only sent once the form is valid, and then both choices are made.
    const doneAsPlanned = this.evaluationForm.controls.doneAsPlanned.value as Done;
    const decision = this.evaluationForm.controls.decision.value as ExperimentDecision;
    const experiment = await this.evaluationAction.run(
      () =>
        firstValueFrom(
          this.api.evaluate(this.teamId(), this.experimentId(), {
            doneAsPlanned,
            comparedWithPrediction,
            learned,
            decision,
            ...(confirmedNotClientData && { confirmedNotClientData }),
          }),
        ),
      { form: this.evaluationForm },
    );
    if (experiment) {
      this.experiment.value.set(experiment);
      this.evaluationForm.reset();
      this.message.set(this.t().statusChanged(this.common().experimentStatuses[experiment.status]));
    }
  }
}
