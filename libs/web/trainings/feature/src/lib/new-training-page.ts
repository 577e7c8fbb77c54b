import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { z } from 'zod';
import {
  type AccreditationRegister,
  type PlanTrainingRequest,
  type TrainingTemplate,
  accreditationRegisterNames,
  accreditationRegisters,
  planTrainingRequestSchema,
  trainingFollowUpSchema,
  trainingSessionRequestSchema,
} from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import {
  Breadcrumb,
  DateField,
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  PrivacyFindings,
  TimeField,
  dateControl,
  formAction,
  guardedText,
  timeControl,
  toIsoDate,
  toIsoTime,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { IdentityApi } from '@leerruimte/web-identity-data-access';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { TrainingsApi } from '@leerruimte/web-trainings-data-access';
import { trainingTexts } from './trainings.texts';

const sessionShape = trainingSessionRequestSchema.shape;

/** A session's fields; from a template, its times, break and guide are filled in. */
function sessionGroup(from?: TrainingTemplate['sessions'][number]) {
  return new FormGroup({
    date: dateControl(null, [Validators.required]),
    startTime: timeControl(from?.startTime ?? '09:30', [Validators.required]),
    endTime: timeControl(from?.endTime ?? '12:30', [Validators.required]),
    breakMinutes: new FormControl(from?.breakMinutes ?? 0, {
      nonNullable: true,
      validators: [zodValidator(sessionShape.breakMinutes)],
    }),
    place: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(sessionShape.place)],
    }),
    onlineUrl: new FormControl('', { nonNullable: true }),
    capacity: new FormControl(12, {
      nonNullable: true,
      validators: [Validators.required, zodValidator(sessionShape.capacity)],
    }),
    /** The template session it was filled in from: its title and trainer guide. */
    fromTemplate: new FormControl<TrainingTemplate['sessions'][number] | null>(from ?? null),
  });
}

/** A team lead plans a training: who gives it, its accreditation, and its sessions. */
@Component({
  selector: 'lr-new-training-page',
  imports: [
    Breadcrumb,
    DateField,
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatCheckbox,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    PrivacyFindings,
    ReactiveFormsModule,
    RouterLink,
    TimeField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[
        { label: organisationId() ? t().organisationTitle : t().back, link: trainingsLink() },
      ]"
      [current]="t().newTraining"
    />
    <section class="panel" aria-labelledby="new-training-title">
      <h1 id="new-training-title">{{ t().newTraining }}</h1>
      <p>{{ organisationId() ? t().planForTeamsIntro : t().planIntro }}</p>
      @if (templates.hasValue() && templates.value().length > 0) {
        <div class="template-choice">
          <label class="select-field">
            {{ t().template }}
            <select
              class="lr-native-select"
              aria-describedby="template-hint"
              [value]="chosen()?.slug ?? ''"
              (change)="choose($any($event.target).value)"
            >
              <option value="">{{ t().noTemplate }}</option>
              @for (template of templates.value(); track template.slug) {
                <option [value]="template.slug">{{ template.title }}</option>
              }
            </select>
          </label>
          <p class="muted" id="template-hint">{{ t().templateHint }}</p>
          @if (chosen(); as template) {
            <div class="template-facts" data-testid="template-facts">
              <p>{{ t().templateSource(template.source) }}</p>
              @if (template.preparationModule; as module) {
                <p>{{ t().templatePreparation(module.title) }}</p>
              }
              @if (teamId(); as teamId) {
                <p class="facts-heading">{{ t().guides }}</p>
                <ul>
                  @for (guide of template.guides; track guide.slug) {
                    <li>
                      <a [routerLink]="guideLink(teamId, template.slug, guide.slug)" target="_blank"
                        >{{ t().guideLink(guide.title) }}
                        <span class="lr-visually-hidden">{{ t().opensInNewTab }}</span></a
                      >
                    </li>
                  }
                </ul>
              } @else {
                <p>{{ t().guidesForTrainers }}</p>
              }
            </div>
          }
        </div>
      }
      <form class="form" [formGroup]="form" (ngSubmit)="plan()" novalidate>
        @if (organisationId()) {
          <fieldset class="trainer-accounts" aria-describedby="teams-hint">
            <legend>{{ t().forTeams }}</legend>
            <p class="muted" id="teams-hint">{{ t().forTeamsHint }}</p>
            @if (teams.hasValue()) {
              @for (team of teams.value(); track team.id) {
                <mat-checkbox
                  [checked]="teamIds().includes(team.id)"
                  (change)="toggleTeam(team.id, $event.checked)"
                  >{{ team.name }}</mat-checkbox
                >
              }
            }
            @if (teamsMissing()) {
              <lr-notice tone="danger">{{ t().chooseTeams }}</lr-notice>
            }
          </fieldset>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ t().trainingTitle }}</mat-label>
          <input matInput formControlName="title" />
          <mat-error><lr-field-errors [control]="form.controls.title" /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().description }}</mat-label>
          <textarea matInput formControlName="description" rows="4"></textarea>
          <mat-hint>{{ t().descriptionHint }}</mat-hint>
          <mat-error><lr-field-errors [control]="form.controls.description" /></mat-error>
        </mat-form-field>
        @if (members.hasValue() && members.value().length > 0) {
          <fieldset class="trainer-accounts" aria-describedby="trainer-accounts-hint">
            <legend>{{ t().trainerAccounts }}</legend>
            <p class="muted" id="trainer-accounts-hint">{{ t().trainerAccountsHint }}</p>
            @for (member of members.value(); track member.userId) {
              <mat-checkbox
                [checked]="trainerAccounts().includes(member.userId)"
                (change)="toggleTrainer(member.userId, $event.checked)"
                >{{ member.name }}</mat-checkbox
              >
            }
          </fieldset>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ t().trainerNames }}</mat-label>
          <textarea matInput formControlName="trainers" rows="2"></textarea>
          <mat-hint>{{ t().trainerNamesHint }}</mat-hint>
          <mat-error><lr-field-errors [control]="form.controls.trainers" /></mat-error>
        </mat-form-field>
        <fieldset>
          <legend>{{ t().accreditation }}</legend>
          <div class="row">
            <label class="select-field">
              {{ t().registerName }}
              <select class="lr-native-select" formControlName="register">
                <option value="">{{ t().noRegister }}</option>
                @for (register of registers; track register) {
                  <option [value]="register">{{ registerNames[register] }}</option>
                }
              </select>
            </label>
            <mat-form-field appearance="outline">
              <mat-label>{{ t().accreditationNumber }}</mat-label>
              <input matInput formControlName="accreditationNumber" />
              <mat-error>
                <lr-field-errors [control]="form.controls.accreditationNumber" />
              </mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ t().points }}</mat-label>
              <input matInput type="number" min="0" step="0.5" formControlName="points" />
              <mat-error><lr-field-errors [control]="form.controls.points" /></mat-error>
            </mat-form-field>
          </div>
        </fieldset>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().cancelHoursBefore }}</mat-label>
          <input matInput type="number" min="0" formControlName="cancelHoursBefore" />
          <mat-error><lr-field-errors [control]="form.controls.cancelHoursBefore" /></mat-error>
        </mat-form-field>
        <mat-checkbox formControlName="selfEnrolment">{{ t().selfEnrolment }}</mat-checkbox>
        <p class="muted">{{ t().selfEnrolmentHint }}</p>
        <mat-checkbox formControlName="requiresApproval" aria-describedby="approval-hint">{{
          t().requiresApproval
        }}</mat-checkbox>
        <p class="muted" id="approval-hint">{{ t().requiresApprovalHint }}</p>

        <fieldset>
          <legend>{{ t().beforeAndAfter }}</legend>
          <label class="select-field">
            {{ t().preparationModule }}
            <select
              class="lr-native-select"
              formControlName="preparationModuleSlug"
              aria-describedby="preparation-hint"
            >
              <option value="">{{ t().noPreparation }}</option>
              @if (modules.hasValue()) {
                @for (module of modules.value(); track module.slug) {
                  <option [value]="module.slug">{{ module.title }}</option>
                }
              }
            </select>
          </label>
          <p class="muted" id="preparation-hint">{{ t().preparationHint }}</p>
          <label class="select-field">
            {{ t().followUpModule }}
            <select class="lr-native-select" formControlName="followUpModuleSlug">
              <option value="">{{ t().noPreparation }}</option>
              @if (modules.hasValue()) {
                @for (module of modules.value(); track module.slug) {
                  <option [value]="module.slug">{{ module.title }}</option>
                }
              }
            </select>
          </label>
          <ng-container formGroupName="followUp">
            <mat-form-field appearance="outline">
              <mat-label>{{ t().followUpQuestion }}</mat-label>
              <textarea
                matInput
                formControlName="question"
                rows="2"
                aria-describedby="follow-up-hint"
              ></textarea>
              <mat-error>
                <lr-field-errors [control]="form.controls.followUp.controls.question" />
              </mat-error>
            </mat-form-field>
            <p class="muted" id="follow-up-hint">{{ t().followUpQuestionHint }}</p>
            <lr-privacy-findings
              [text]="followUpText()"
              [confirmed]="form.controls.confirmedNotClientData"
            />
            @if (form.controls.followUp.controls.question.value.trim()) {
              <mat-form-field appearance="outline">
                <mat-label>{{ t().followUpDays }}</mat-label>
                <input matInput type="number" min="2" max="60" formControlName="daysAfter" />
                <mat-error>
                  <lr-field-errors [control]="form.controls.followUp.controls.daysAfter" />
                </mat-error>
              </mat-form-field>
            }
          </ng-container>
        </fieldset>

        <div formArrayName="sessions">
          @for (session of form.controls.sessions.controls; track session; let index = $index) {
            <fieldset [formGroupName]="index">
              <legend>
                {{ t().session(index + 1, form.controls.sessions.length) }}
                @if (session.controls.fromTemplate.value; as from) {
                  · {{ from.title }}
                }
              </legend>
              <div class="row">
                <lr-date-field [control]="session.controls.date" [label]="t().date" />
                <lr-time-field [control]="session.controls.startTime" [label]="t().startTime" />
                <lr-time-field [control]="session.controls.endTime" [label]="t().endTime" />
              </div>
              <div class="row">
                <mat-form-field appearance="outline">
                  <mat-label>{{ t().breakField }}</mat-label>
                  <input matInput type="number" min="0" formControlName="breakMinutes" />
                  <mat-error>
                    <lr-field-errors [control]="session.controls.breakMinutes" />
                  </mat-error>
                </mat-form-field>
                <mat-form-field appearance="outline">
                  <mat-label>{{ t().capacity }}</mat-label>
                  <input matInput type="number" min="1" formControlName="capacity" />
                  <mat-error><lr-field-errors [control]="session.controls.capacity" /></mat-error>
                </mat-form-field>
              </div>
              <mat-form-field appearance="outline">
                <mat-label>{{ t().place }}</mat-label>
                <input matInput formControlName="place" />
                <mat-hint>{{ t().placeHint }}</mat-hint>
                <mat-error><lr-field-errors [control]="session.controls.place" /></mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ t().onlineUrl }}</mat-label>
                <input matInput type="url" formControlName="onlineUrl" />
                <mat-error><lr-field-errors [control]="session.controls.onlineUrl" /></mat-error>
              </mat-form-field>
              @if (form.controls.sessions.length > 1) {
                <button class="lr-button" type="button" (click)="removeSession(index)">
                  {{ t().removeSession(index + 1) }}
                </button>
              }
            </fieldset>
          }
        </div>
        <div class="actions">
          <button class="lr-button lr-button-outlined" type="button" (click)="addSession()">
            {{ t().addSession }}
          </button>
          <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
            {{ t().plan }}
          </button>
        </div>
        <lr-form-problem [action]="action" />
      </form>
    </section>
  `,
  styleUrl: './trainings-pages.scss',
})
export class NewTrainingPage {
  private readonly api = inject(TrainingsApi);
  private readonly identity = inject(IdentityApi);
  private readonly learning = inject(LearningApi);
  private readonly router = inject(Router);
  protected readonly t = injectTexts(trainingTexts);
  protected readonly action = formAction();
  protected readonly registers = accreditationRegisters;
  protected readonly registerNames = accreditationRegisterNames;

  /** Planned for one team, from its trainings page. */
  readonly teamId = input<string>();
  /** Or by an organisation admin, for some of the organisation's teams. */
  readonly organisationId = input<string>();

  protected readonly templates = rxResource({
    params: () => ({ teamId: this.teamId(), organisationId: this.organisationId() }),
    stream: ({ params }) =>
      params.teamId
        ? this.api.templates(params.teamId)
        : this.api.organisationTemplates(params.organisationId ?? ''),
  });
  protected readonly chosen = signal<TrainingTemplate | null>(null);
  protected readonly members = rxResource({
    params: () => this.teamId(),
    stream: ({ params: teamId }) => this.identity.members(teamId),
  });
  protected readonly teams = rxResource({
    params: () => this.organisationId(),
    stream: ({ params: organisationId }) => this.identity.teams(organisationId),
  });
  /** The organisation's teams it is planned for. */
  protected readonly teamIds = signal<string[]>([]);
  protected readonly teamsMissing = signal(false);
  /** Team members who give the training: they keep its registers too. */
  protected readonly trainerAccounts = signal<string[]>([]);

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(planTrainingRequestSchema.shape.title)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [zodValidator(planTrainingRequestSchema.shape.description)],
    }),
    // Names from outside the team; with a trainer from the team it may stay empty.
    trainers: new FormControl('', { nonNullable: true }),
    register: new FormControl<AccreditationRegister | ''>('', { nonNullable: true }),
    accreditationNumber: new FormControl('', { nonNullable: true }),
    points: new FormControl<number | null>(null),
    cancelHoursBefore: new FormControl(48, {
      nonNullable: true,
      validators: [zodValidator(planTrainingRequestSchema.shape.cancelHoursBefore)],
    }),
    selfEnrolment: new FormControl(true, { nonNullable: true }),
    requiresApproval: new FormControl(false, { nonNullable: true }),
    preparationModuleSlug: new FormControl('', { nonNullable: true }),
    followUpModuleSlug: new FormControl('', { nonNullable: true }),
    followUp: new FormGroup({
      question: new FormControl('', {
        nonNullable: true,
        // Optional: left empty, no follow-up.
        validators: [zodValidator(trainingFollowUpSchema.shape.question.or(z.literal('')))],
      }),
      daysAfter: new FormControl(14, {
        nonNullable: true,
        validators: [zodValidator(trainingFollowUpSchema.shape.daysAfter)],
      }),
    }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
    sessions: new FormArray([sessionGroup()]),
  });
  /** The follow-up question, for the privacy guard: every participant will read it. */
  protected readonly followUpText = guardedText(this.form, ['followUp.question']);
  protected readonly modules = rxResource({ stream: () => this.learning.modules() });

  protected readonly trainingsLink = computed(() => {
    const teamId = this.teamId();
    return teamId
      ? link(appPaths.trainings, { teamId })
      : link(appPaths.organisationTrainings, { organisationId: this.organisationId() ?? '' });
  });

  /**
   * Fills the form from a template: its title, description and sessions (times, break and
   * guide). Who gives it, when and where stay the lead's to fill in.
   */
  protected choose(slug: string): void {
    const template = this.templates.value()?.find((candidate) => candidate.slug === slug) ?? null;
    this.chosen.set(template);
    const sessions = this.form.controls.sessions;
    if (!template) {
      for (const session of sessions.controls) session.controls.fromTemplate.setValue(null);
      return;
    }
    this.form.patchValue({
      title: template.title,
      description: template.summary,
      preparationModuleSlug: template.preparationModule?.slug ?? '',
    });
    sessions.clear();
    for (const session of template.sessions) sessions.push(sessionGroup(session));
  }

  protected toggleTrainer(userId: string, checked: boolean): void {
    this.trainerAccounts.update((ids) =>
      checked ? [...ids, userId] : ids.filter((id) => id !== userId),
    );
  }

  protected toggleTeam(teamId: string, checked: boolean): void {
    this.teamIds.update((ids) => (checked ? [...ids, teamId] : ids.filter((id) => id !== teamId)));
    this.teamsMissing.set(false);
  }

  protected guideLink(teamId: string, templateSlug: string, guideSlug: string): string {
    return link(appPaths.trainerGuide, { teamId, templateSlug, guideSlug });
  }

  protected addSession(): void {
    this.form.controls.sessions.push(sessionGroup());
  }

  protected removeSession(index: number): void {
    this.form.controls.sessions.removeAt(index);
  }

  protected async plan(): Promise<void> {
    const value = this.form.getRawValue();
    const request: PlanTrainingRequest = {
      title: value.title,
      description: value.description,
      trainers: value.trainers
        .split('\n')
        .map((name) => name.trim())
        .filter((name) => name.length > 0),
      trainerAccounts: this.trainerAccounts(),
      cancelHoursBefore: value.cancelHoursBefore,
      selfEnrolment: value.selfEnrolment,
      requiresApproval: value.requiresApproval,
      ...(this.chosen() && { templateSlug: this.chosen()?.slug }),
      ...(value.preparationModuleSlug && { preparationModuleSlug: value.preparationModuleSlug }),
      ...(value.followUpModuleSlug && { followUpModuleSlug: value.followUpModuleSlug }),
      ...(value.followUp.question.trim() && {
        followUp: { question: value.followUp.question, daysAfter: value.followUp.daysAfter },
      }),
      ...(value.confirmedNotClientData && { confirmedNotClientData: true }),
      ...(value.register && {
        accreditation: {
          register: value.register,
          number: value.accreditationNumber,
          points: value.points ?? 0,
        },
      }),
      sessions: value.sessions.map((session) => ({
        date: toIsoDate(session.date) ?? '',
        startTime: toIsoTime(session.startTime) ?? '',
        endTime: toIsoTime(session.endTime) ?? '',
        breakMinutes: session.breakMinutes,
        place: session.place,
        ...(session.onlineUrl && { onlineUrl: session.onlineUrl }),
        capacity: session.capacity,
        ...(this.chosen() && session.fromTemplate && { guide: session.fromTemplate.guide }),
      })),
    };
    const teamId = this.teamId();
    const organisationId = this.organisationId();
    if (organisationId && this.teamIds().length === 0) {
      this.teamsMissing.set(true);
      this.form.markAllAsTouched();
      return;
    }
    const planned = await this.action.run<unknown>(
      () =>
        teamId
          ? firstValueFrom(this.api.plan(teamId, request))
          : firstValueFrom(
              this.api.planForTeams(organisationId ?? '', {
                teamIds: this.teamIds(),
                training: request,
              }),
            ),
      { form: this.form, fieldPrefix: teamId ? '' : 'training.' },
    );
    if (planned) await this.router.navigateByUrl(this.trainingsLink());
  }
}
