import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import type { Assignment } from '@leerruimte/shared-contracts';
import { IdentityApi, SessionStore } from '@leerruimte/web-identity-data-access';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  DateField,
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  StatusIndicator,
  Unavailable,
  dateControl,
  formAction,
  fromIsoDate,
  isoToday,
  toIsoDate,
} from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { learningTexts } from './learning.texts';
import { teamLearningTexts } from './team-learning.texts';

/** A team leader's page: assign modules to the team and follow everyone's progress. */
@Component({
  selector: 'lr-team-learning-page',
  imports: [
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
    StatusIndicator,
    Unavailable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-learning-page.html',
  styleUrl: './learning-pages.scss',
})
export class TeamLearningPage {
  private readonly learning = inject(LearningApi);
  private readonly identity = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  protected readonly dates = injectDateFormat();
  /** A due date is today or later (the contract's rule). */
  protected readonly today = fromIsoDate(isoToday());
  protected readonly t = injectTexts(teamLearningTexts);
  protected readonly learningT = injectTexts(learningTexts);
  protected readonly action = formAction();

  readonly teamId = input.required<string>();

  protected readonly team = computed(() =>
    this.session.user()?.teams.find((team) => team.id === this.teamId()),
  );
  protected readonly isLead = computed(() => this.team()?.role === 'team_lead');
  /** A team that is not among the person's teams: gone, mistyped, or not theirs. */
  protected readonly unknownTeam = computed(() => !!this.session.user() && !this.team());
  protected readonly startLink = link(appPaths.start);
  protected readonly modules = rxResource({ stream: () => this.learning.modules() });
  protected readonly members = rxResource({
    params: () => this.teamId(),
    stream: ({ params }) => this.identity.members(params),
  });
  protected readonly assignments = rxResource({
    params: () => (this.isLead() ? this.teamId() : undefined),
    stream: ({ params }) => this.learning.assignments(params),
  });
  protected readonly progress = rxResource({
    params: () => (this.isLead() ? this.teamId() : undefined),
    stream: ({ params }) => this.learning.teamProgress(params),
  });
  protected readonly done = signal<string | null>(null);
  protected readonly chosenMembers = signal<ReadonlySet<string>>(new Set());
  protected readonly membersMissing = signal(false);

  protected readonly form = new FormGroup({
    moduleSlug: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    who: new FormControl<'team' | 'some'>('team', { nonNullable: true }),
    dueDate: dateControl(),
  });

  protected toggleMember(userId: string, checked: boolean): void {
    this.chosenMembers.update((chosen) => {
      const next = new Set(chosen);
      if (checked) next.add(userId);
      else next.delete(userId);
      return next;
    });
    this.membersMissing.set(false);
  }

  protected async assign(): Promise<void> {
    const { moduleSlug, who, dueDate } = this.form.getRawValue();
    const memberIds = [...this.chosenMembers()];
    if (who === 'some' && memberIds.length === 0) {
      this.membersMissing.set(true);
      return;
    }
    this.done.set(null);
    const created = await this.action.run(
      () =>
        firstValueFrom(
          this.learning.assign(this.teamId(), {
            moduleSlug,
            ...(who === 'some' && { memberIds }),
            dueDate: toIsoDate(dueDate),
          }),
        ),
      { form: this.form },
    );
    if (created) {
      this.done.set(this.t().assigned(created.module.title, created.members.length));
      this.form.reset();
      this.chosenMembers.set(new Set());
      this.assignments.reload();
      this.progress.reload();
    }
  }

  protected async withdraw(assignment: Assignment): Promise<void> {
    if (!confirm(this.t().confirmWithdraw(assignment.module.title))) return;
    this.done.set(null);
    const withdrawn = await this.action.run(async () => {
      await firstValueFrom(this.learning.withdraw(this.teamId(), assignment.id));
      return true;
    });
    if (withdrawn) {
      this.done.set(this.t().withdrawn(assignment.module.title));
      this.assignments.reload();
    }
  }
}
