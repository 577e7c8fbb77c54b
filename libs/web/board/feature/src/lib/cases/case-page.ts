import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  type CaseDetail,
  type CaseDiscussionMethod,
  caseDiscussionMethods,
  caseDiscussionRequestSchema,
} from '@leerruimte/shared-contracts';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { IdentityApi } from '@leerruimte/web-identity-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  Breadcrumb,
  DateField,
  FieldErrors,
  FormBehaviour,
  FormProblem,
  LoadState,
  Notice,
  PrivacyFindings,
  dateControl,
  formAction,
  fromIsoDate,
  guardedText,
  isoToday,
  toIsoDate,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { PageTitle, appPaths, link } from '@leerruimte/web-shared-util';
import { boardTexts } from '../board.texts';
import { injectViewer } from '../shared/board-context';
import { HideItem } from '../shared/hide-item';
import { CaseForm } from './case-form';
import { caseTexts } from './cases.texts';

const methods = Object.keys(caseDiscussionMethods) as CaseDiscussionMethod[];
/** Every step of every method, each with its own notes field; a method shows its own steps. */
const allSteps = [...new Set(Object.values(caseDiscussionMethods).flat())];

/**
 * One case: its description as written, the questions and experiments it led to, and its
 * structured discussions, with the form to record the next one step by step.
 */
@Component({
  selector: 'lr-case-page',
  imports: [
    Breadcrumb,
    CaseForm,
    DateField,
    FieldErrors,
    FormBehaviour,
    FormProblem,
    HideItem,
    LoadState,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    Notice,
    PrivacyFindings,
    ReactiveFormsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-page.html',
  styleUrl: '../board-pages.scss',
})
export class CasePage {
  private readonly api = inject(BoardApi);
  private readonly identity = inject(IdentityApi);
  private readonly pageTitle = inject(PageTitle);
  protected readonly t = injectTexts(caseTexts);
  protected readonly common = injectTexts(boardTexts);
  protected readonly dates = injectDateFormat();
  protected readonly action = formAction();
  protected readonly methods = methods;

  readonly teamId = input.required<string>();
  readonly caseId = input.required<string>();

  protected readonly viewer = injectViewer(() => this.teamId());
  protected readonly detail = rxResource({
    params: () => ({ teamId: this.teamId(), caseId: this.caseId() }),
    stream: ({ params }) => this.api.case(params.teamId, params.caseId),
  });
  /** The page's own crumb: the title, or only "Verborgen" once the lead hid it. */
  protected readonly crumb = computed(() => {
    if (!this.detail.hasValue()) return undefined;
    const item = this.detail.value();
    return item.hidden ? this.common().hiddenTitle : item.title;
  });
  protected readonly editing = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly isAuthor = computed(
    () =>
      this.detail.hasValue() &&
      this.detail.value().author.userId !== null &&
      this.detail.value().author.userId === this.viewer.userId(),
  );

  protected readonly form = new FormGroup({
    method: new FormControl<CaseDiscussionMethod>('incident_method', { nonNullable: true }),
    heldOn: dateControl(isoToday(), [Validators.required]),
    steps: new FormGroup(
      Object.fromEntries(
        allSteps.map((step) => [step, new FormControl('', { nonNullable: true })]),
      ) as Record<string, FormControl<string>>,
    ),
    outcome: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(caseDiscussionRequestSchema.shape.outcome)],
    }),
    minutes: new FormControl<number | null>(null, {
      validators: [zodValidator(caseDiscussionRequestSchema.shape.minutes)],
    }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  protected readonly members = rxResource({
    params: () => this.teamId(),
    stream: ({ params }) => this.identity.members(params),
  });
  /** Who took part, when it was held as intervisie. */
  protected readonly participants = signal<ReadonlySet<string>>(new Set());
  protected readonly text = guardedText(this.form, [
    ...allSteps.map((step) => `steps.${step}`),
    'outcome',
  ]);
  private readonly method = toSignal(this.form.controls.method.valueChanges, {
    initialValue: this.form.controls.method.value,
  });
  protected readonly steps = computed(() => caseDiscussionMethods[this.method()]);

  protected readonly links = computed(() => {
    const teamId = this.teamId();
    return {
      board: link(appPaths.teamBoard, { teamId }),
      cases: link(appPaths.cases, { teamId }),
      newQuestion: link(appPaths.newWhyQuestion, { teamId }),
      newExperiment: link(appPaths.newExperiment, { teamId }),
    };
  });

  constructor() {
    effect(() => {
      if (this.detail.hasValue()) {
        const detail = this.detail.value();
        this.pageTitle.subject.set(detail.hidden ? this.common().hiddenTitle : detail.title);
      }
    });
  }

  protected questionLink(questionId: string): string {
    return link(appPaths.whyQuestion, { teamId: this.teamId(), questionId });
  }

  protected experimentLink(experimentId: string): string {
    return link(appPaths.experiment, { teamId: this.teamId(), experimentId });
  }

  /** A step the web app does not know (yet) is shown by its key rather than left out. */
  protected stepName(step: string): string {
    return (this.t().steps as Partial<Record<string, { name: string }>>)[step]?.name ?? step;
  }

  protected names(people: ReadonlyArray<{ name: string }>): string {
    return people.map((person) => person.name).join(', ');
  }

  protected toggle(userId: string, checked: boolean): void {
    const next = new Set(this.participants());
    if (checked) next.add(userId);
    else next.delete(userId);
    this.participants.set(next);
  }

  protected edited(saved: CaseDetail): void {
    this.detail.value.set(saved);
    this.editing.set(false);
    this.message.set(this.common().saved);
  }

  protected async record(): Promise<void> {
    const { method, heldOn, steps, outcome, minutes, confirmedNotClientData } =
      this.form.getRawValue();
    const saved = await this.action.run(
      () =>
        firstValueFrom(
          this.api.recordDiscussion(this.teamId(), this.caseId(), {
            method,
            heldOn: toIsoDate(heldOn) as string,
            steps: caseDiscussionMethods[method].map((step) => ({
              step,
              notes: steps[step] ?? '',
            })),
            outcome,
            participantIds: [...this.participants()],
            ...(minutes !== null && { minutes }),
            ...(confirmedNotClientData && { confirmedNotClientData }),
          }),
        ),
      { form: this.form },
    );
    if (saved) {
      this.detail.value.set(saved);
      this.form.reset({ method, heldOn: fromIsoDate(isoToday()) });
      this.participants.set(new Set());
      this.message.set(this.t().recorded);
    }
  }
}
