import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { firstValueFrom, merge } from 'rxjs';
import {
  type Moment,
  type MomentSchedule,
  type OccurrenceReport,
  createMomentRequestSchema,
  momentScheduleSchema,
} from '@leerruimte/shared-contracts';
import { type Weekday, nextOccurrences } from '@leerruimte/shared-schedule';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { ReflectionApi } from '@leerruimte/web-reflection-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { appPaths, link } from '@leerruimte/web-shared-util';
import {
  DateField,
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  PrivacyFindings,
  StatusIndicator,
  TimeField,
  Unavailable,
  dateControl,
  formAction,
  fromIsoDate,
  fromIsoTime,
  guardedText,
  isoToday,
  timeControl,
  toIsoDate,
  toIsoTime,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { DateTime } from 'luxon';
import { promptsTexts } from './prompts.texts';
import { teamReflectionTexts } from './team-reflection.texts';

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

const INTERVALS = Array.from({ length: 12 }, (_, index) => index + 1);
const questionSchema = createMomentRequestSchema.shape.question;

/**
 * The contract's rule for the question: 5 to 1000 characters, unless the question of a card
 * is used or the moment is a pulse. Checked here so an empty question never reaches the server.
 */
function questionRule(control: AbstractControl<string>): ValidationErrors | null {
  const moment = control.parent?.getRawValue() as
    { momentKind?: string; cardSlug?: string } | undefined;
  const typed = control.value.trim();
  if (moment?.momentKind === 'pulse' || (moment?.cardSlug && !typed)) return null;
  return typed ? zodValidator(questionSchema)(control) : { required: true };
}

/**
 * A team leader plans reflection moments (the next five shown as they type), pauses, resumes
 * or ends them, and sees per prompt who answered and what was shared, never private answers.
 */
@Component({
  selector: 'lr-team-reflection-page',
  imports: [
    PrivacyFindings,
    DateField,
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    Notice,
    ReactiveFormsModule,
    RouterLink,
    StatusIndicator,
    TimeField,
    Unavailable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-reflection-page.html',
  styleUrl: './team-reflection-page.scss',
})
export class TeamReflectionPage {
  private readonly api = inject(ReflectionApi);
  private readonly board = inject(BoardApi);
  private readonly session = inject(SessionStore);
  protected readonly dates = injectDateFormat();
  protected readonly t = injectTexts(teamReflectionTexts);
  protected readonly common = injectTexts(promptsTexts);
  protected readonly action = formAction();
  protected readonly weekdays = WEEKDAYS;
  protected readonly intervals = INTERVALS;

  readonly teamId = input.required<string>();

  protected readonly team = computed(() =>
    this.session.user()?.teams.find((team) => team.id === this.teamId()),
  );
  protected readonly isLead = computed(() => this.team()?.role === 'team_lead');
  /** A team that is not among the person's teams: gone, mistyped, or not theirs. */
  protected readonly unknownTeam = computed(() => !!this.session.user() && !this.team());
  protected readonly startLink = link(appPaths.start);
  protected readonly moments = rxResource({
    params: () => (this.isLead() ? this.teamId() : undefined),
    stream: ({ params }) => this.api.moments(params),
  });
  protected readonly cards = rxResource({ stream: () => this.api.cards() });
  protected readonly teamCards = rxResource({
    params: () => this.teamId(),
    stream: ({ params }) => this.api.teamCards(params),
  });
  // Without them (a failed request) the library's cards are still there to pick.
  protected readonly approvedTeamCards = computed(() =>
    this.teamCards.hasValue()
      ? this.teamCards.value().filter((card) => card.status === 'approved')
      : [],
  );
  protected readonly modules = rxResource({ stream: () => this.api.modules() });
  private readonly experiments = rxResource({
    params: () => (this.isLead() ? this.teamId() : undefined),
    stream: ({ params }) => this.board.experiments(params),
  });
  private readonly questions = rxResource({
    params: () => (this.isLead() ? this.teamId() : undefined),
    stream: ({ params }) => this.board.whyQuestions(params),
  });
  protected readonly experimentLink = (experimentId: string) =>
    link(appPaths.experiment, { teamId: this.teamId(), experimentId });
  protected readonly questionLink = (questionId: string) =>
    link(appPaths.whyQuestion, { teamId: this.teamId(), questionId });
  protected readonly trainingsLink = computed(() =>
    link(appPaths.trainings, { teamId: this.teamId() }),
  );
  protected readonly boardExperiments = computed(() =>
    this.experiments.hasValue() ? this.experiments.value().filter((item) => !item.hidden) : [],
  );
  protected readonly boardQuestions = computed(() =>
    this.questions.hasValue() ? this.questions.value().filter((item) => !item.hidden) : [],
  );
  protected readonly reports = signal<Record<string, OccurrenceReport[]>>({});
  protected readonly done = signal<string | null>(null);
  protected readonly scheduleIncomplete = signal(false);
  /** The moment being edited, or null when planning a new one. */
  protected readonly editing = signal<Moment | null>(null);

  protected readonly form = new FormGroup({
    momentKind: new FormControl<'question' | 'pulse'>('question', { nonNullable: true }),
    question: new FormControl('', { nonNullable: true, validators: [questionRule] }),
    cardSlug: new FormControl('', { nonNullable: true }),
    moduleSlug: new FormControl('', { nonNullable: true }),
    /** "experiment:<id>" or "why:<id>": one thing of the learning board to reflect on. */
    about: new FormControl('', { nonNullable: true }),
    kind: new FormControl<'once' | 'weekly' | 'monthly'>('weekly', { nonNullable: true }),
    intervalWeeks: new FormControl(1, { nonNullable: true }),
    nth: new FormControl<1 | 2 | 3 | 4 | -1>(1, { nonNullable: true }),
    weekday: new FormControl<Weekday>(1, { nonNullable: true }),
    time: timeControl('15:00', [Validators.required]),
    startDate: dateControl(DateTime.fromISO(isoToday()).plus({ days: 1 }).toISODate(), [
      Validators.required,
    ]),
    endDate: dateControl(),
    openDays: new FormControl(3, {
      nonNullable: true,
      validators: [Validators.required, zodValidator(createMomentRequestSchema.shape.openDays)],
    }),
    quietFrom: timeControl(),
    quietTo: timeControl(),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  /** The typed question, for the privacy guard: every member will read it. */
  protected readonly questionText = guardedText(this.form, ['question']);
  protected readonly days = signal<ReadonlySet<Weekday>>(new Set([1]));
  protected readonly workingDays = signal<ReadonlySet<Weekday>>(new Set([1, 2, 3, 4, 5]));
  protected readonly reminderChoices = [1, 2, 3];
  protected readonly reminderDays = signal<ReadonlySet<number>>(new Set([1]));
  protected readonly values = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });

  /** The schedule as the form stands, or null while it is not complete. */
  protected readonly schedule = computed((): MomentSchedule | null => {
    this.values();
    const value = this.form.getRawValue();
    const recurrence =
      value.kind === 'once'
        ? { kind: 'once' as const }
        : value.kind === 'weekly'
          ? {
              kind: 'weekly' as const,
              days: [...this.days()],
              intervalWeeks: Number(value.intervalWeeks),
            }
          : { kind: 'monthly' as const, weekday: value.weekday, nth: value.nth };
    const quietFrom = toIsoTime(value.quietFrom);
    const quietTo = toIsoTime(value.quietTo);
    const parsed = momentScheduleSchema.safeParse({
      time: toIsoTime(value.time),
      startDate: toIsoDate(value.startDate),
      endDate: toIsoDate(value.endDate),
      recurrence,
      workingDays: [...this.workingDays()],
      ...(quietFrom && quietTo && { quietHours: { from: quietFrom, to: quietTo } }),
    });
    return parsed.success ? parsed.data : null;
  });
  protected readonly preview = computed(() => {
    const schedule = this.schedule();
    return schedule ? nextOccurrences(schedule, new Date(), 5) : [];
  });

  protected toggle(set: 'days' | 'workingDays', day: Weekday, checked: boolean): void {
    this[set].update((current) => {
      const next = new Set(current);
      if (checked) next.add(day);
      else next.delete(day);
      return next;
    });
  }

  protected toggleReminder(days: number, checked: boolean): void {
    this.reminderDays.update((current) => {
      const next = new Set(current);
      if (checked) next.add(days);
      else next.delete(days);
      return next;
    });
  }

  constructor() {
    // Whether the question is needed depends on the kind of moment and the card.
    merge(this.form.controls.momentKind.valueChanges, this.form.controls.cardSlug.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.question.updateValueAndValidity());
  }

  protected async plan(): Promise<void> {
    const schedule = this.schedule();
    const value = this.form.getRawValue();
    this.done.set(null);
    // The action checks every field (and shows the first wrong one); the days, which have no
    // field of their own, are checked here.
    this.scheduleIncomplete.set(this.form.valid && !schedule);
    if (this.form.valid && !schedule) return;
    const pulse = value.momentKind === 'pulse';
    const request = {
      kind: value.momentKind,
      ...(!pulse && value.question.trim() && { question: value.question.trim() }),
      ...(!pulse && value.cardSlug && { cardSlug: value.cardSlug }),
      ...(value.moduleSlug && { moduleSlug: value.moduleSlug }),
      ...(value.about.startsWith('experiment:') && { experimentId: value.about.slice(11) }),
      ...(value.about.startsWith('why:') && { whyQuestionId: value.about.slice(4) }),
      // Only sent once the form is valid, and then the schedule is complete.
      schedule: schedule as MomentSchedule,
      openDays: Number(value.openDays),
      reminderDays: [...this.reminderDays()].filter((days) => days < Number(value.openDays)),
      ...(value.confirmedNotClientData && { confirmedNotClientData: true }),
    };
    const editing = this.editing();
    const saved = await this.action.run(
      () =>
        firstValueFrom(
          editing
            ? this.api.updateMoment(this.teamId(), editing.id, request)
            : this.api.createMoment(this.teamId(), request),
        ),
      { form: this.form },
    );
    if (saved) {
      this.done.set(editing ? this.t().saved : this.t().planned);
      this.clearQuestion();
      this.moments.reload();
    }
  }

  /** Fills the form with a moment, to change it from now on. */
  protected edit(moment: Moment): void {
    const { schedule } = moment;
    const recurrence = schedule.recurrence;
    this.editing.set(moment);
    this.done.set(null);
    this.form.patchValue({
      momentKind: moment.kind,
      question: moment.cardSlug || moment.kind === 'pulse' ? '' : moment.question,
      cardSlug: moment.cardSlug ?? '',
      moduleSlug: moment.moduleSlug ?? '',
      about: moment.experiment
        ? `experiment:${moment.experiment.id}`
        : moment.whyQuestion
          ? `why:${moment.whyQuestion.id}`
          : '',
      kind: recurrence.kind,
      ...(recurrence.kind === 'weekly' && { intervalWeeks: recurrence.intervalWeeks }),
      ...(recurrence.kind === 'monthly' && { nth: recurrence.nth, weekday: recurrence.weekday }),
      time: fromIsoTime(schedule.time),
      startDate: fromIsoDate(schedule.startDate),
      endDate: fromIsoDate(schedule.endDate),
      openDays: moment.openDays,
      quietFrom: fromIsoTime(schedule.quietHours?.from),
      quietTo: fromIsoTime(schedule.quietHours?.to),
    });
    if (recurrence.kind === 'weekly') this.days.set(new Set(recurrence.days));
    this.workingDays.set(new Set(schedule.workingDays));
    this.reminderDays.set(new Set(moment.reminderDays));
  }

  protected cancelEdit(): void {
    this.clearQuestion();
  }

  /** Ready for the next moment: the schedule stays, the question goes, and nothing shows red. */
  private clearQuestion(): void {
    this.editing.set(null);
    this.form.reset({
      ...this.form.getRawValue(),
      question: '',
      cardSlug: '',
      moduleSlug: '',
      about: '',
      confirmedNotClientData: false,
    });
  }

  protected async change(moment: Moment, action: 'pause' | 'resume' | 'end'): Promise<void> {
    if (action === 'end' && !confirm(this.t().confirmEnd)) return;
    this.done.set(null);
    const changed = await this.action.run(() =>
      firstValueFrom(this.api.changeMoment(this.teamId(), moment.id, action)),
    );
    if (changed) this.moments.reload();
  }

  protected async loadReport(moment: Moment): Promise<void> {
    const report = await this.action.run(() =>
      firstValueFrom(this.api.report(this.teamId(), moment.id)),
    );
    if (report) this.reports.update((reports) => ({ ...reports, [moment.id]: report }));
  }

  protected answeredCount(report: OccurrenceReport): number {
    return report.asked.filter((person) => person.answered).length;
  }

  protected date(value: Date | string): string {
    return this.dates.weekdayDateTime(value);
  }
}
