import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  type Moment,
  type MomentSchedule,
  type OccurrenceReport,
  momentScheduleSchema,
} from '@leerruimte/shared-contracts';
import { type Weekday, nextOccurrences } from '@leerruimte/shared-schedule';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { ReflectionApi } from '@leerruimte/web-reflection-data-access';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { FieldErrors, Notice, StatusIndicator, formAction } from '@leerruimte/web-shared-ui';
import { promptsTexts } from './prompts.texts';
import { teamReflectionTexts } from './team-reflection.texts';

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

function tomorrow(): string {
  const date = new Date(Date.now() + 24 * 3_600_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

/**
 * A team leader plans reflection moments (the next five shown as they type), pauses, resumes
 * or ends them, and sees per prompt who answered and what was shared, never private answers.
 */
@Component({
  selector: 'lr-team-reflection-page',
  imports: [
    FieldErrors,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    Notice,
    ReactiveFormsModule,
    RouterLink,
    StatusIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-reflection-page.html',
  styleUrl: './team-reflection-page.scss',
})
export class TeamReflectionPage {
  private readonly api = inject(ReflectionApi);
  private readonly board = inject(BoardApi);
  private readonly session = inject(SessionStore);
  private readonly locale = inject(LocaleService).locale;
  protected readonly t = injectTexts(teamReflectionTexts);
  protected readonly common = injectTexts(promptsTexts);
  protected readonly action = formAction();
  protected readonly weekdays = WEEKDAYS;

  readonly teamId = input.required<string>();

  protected readonly team = computed(() =>
    this.session.user()?.teams.find((team) => team.id === this.teamId()),
  );
  protected readonly isLead = computed(() => this.team()?.role === 'team_lead');
  protected readonly moments = rxResource({
    params: () => (this.isLead() ? this.teamId() : undefined),
    stream: ({ params }) => this.api.moments(params),
  });
  protected readonly cards = rxResource({ stream: () => this.api.cards() });
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
    question: new FormControl('', { nonNullable: true }),
    cardSlug: new FormControl('', { nonNullable: true }),
    moduleSlug: new FormControl('', { nonNullable: true }),
    /** "experiment:<id>" or "why:<id>": one thing of the learning board to reflect on. */
    about: new FormControl('', { nonNullable: true }),
    kind: new FormControl<'once' | 'weekly' | 'monthly'>('weekly', { nonNullable: true }),
    intervalWeeks: new FormControl(1, { nonNullable: true }),
    nth: new FormControl<1 | 2 | 3 | 4 | -1>(1, { nonNullable: true }),
    weekday: new FormControl<Weekday>(1, { nonNullable: true }),
    time: new FormControl('15:00', { nonNullable: true }),
    startDate: new FormControl(tomorrow(), { nonNullable: true }),
    endDate: new FormControl('', { nonNullable: true }),
    openDays: new FormControl(3, { nonNullable: true }),
    quietFrom: new FormControl('', { nonNullable: true }),
    quietTo: new FormControl('', { nonNullable: true }),
  });
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
    const parsed = momentScheduleSchema.safeParse({
      time: value.time,
      startDate: value.startDate,
      ...(value.endDate && { endDate: value.endDate }),
      recurrence,
      workingDays: [...this.workingDays()],
      ...(value.quietFrom &&
        value.quietTo && {
          quietHours: { from: value.quietFrom, to: value.quietTo },
        }),
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

  protected async plan(): Promise<void> {
    const schedule = this.schedule();
    const value = this.form.getRawValue();
    this.done.set(null);
    this.scheduleIncomplete.set(!schedule);
    if (!schedule) return;
    const pulse = value.momentKind === 'pulse';
    const request = {
      kind: value.momentKind,
      ...(!pulse && value.question.trim() && { question: value.question.trim() }),
      ...(!pulse && value.cardSlug && { cardSlug: value.cardSlug }),
      ...(value.moduleSlug && { moduleSlug: value.moduleSlug }),
      ...(value.about.startsWith('experiment:') && { experimentId: value.about.slice(11) }),
      ...(value.about.startsWith('why:') && { whyQuestionId: value.about.slice(4) }),
      schedule,
      openDays: Number(value.openDays),
      reminderDays: [...this.reminderDays()].filter((days) => days < Number(value.openDays)),
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
      this.editing.set(null);
      this.form.patchValue({ question: '', cardSlug: '', moduleSlug: '', about: '' });
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
      time: schedule.time,
      startDate: schedule.startDate,
      endDate: schedule.endDate ?? '',
      openDays: moment.openDays,
      quietFrom: schedule.quietHours?.from ?? '',
      quietTo: schedule.quietHours?.to ?? '',
    });
    if (recurrence.kind === 'weekly') this.days.set(new Set(recurrence.days));
    this.workingDays.set(new Set(schedule.workingDays));
    this.reminderDays.set(new Set(moment.reminderDays));
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.form.patchValue({ question: '', cardSlug: '', moduleSlug: '', about: '' });
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
    return new Date(value).toLocaleString(this.locale() === 'nl' ? 'nl-NL' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Amsterdam',
    });
  }
}
