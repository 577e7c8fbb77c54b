import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  type EnrolmentState,
  type Training,
  type TrainingSession,
  accreditationRegisterNames,
} from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { FormProblem, LoadState, Notice, formAction } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { TrainingsApi } from '@leerruimte/web-trainings-data-access';
import { SessionEvaluation } from './session-evaluation';
import { trainingTexts } from './trainings.texts';
import { queueStandsStill } from './waiting-list';

/**
 * The team's trainings with their sessions: a member enrols, waits or cancels per session; the
 * team lead plans trainings and opens each session's register.
 */
@Component({
  selector: 'lr-trainings-page',
  imports: [FormProblem, LoadState, NgTemplateOutlet, Notice, RouterLink, SessionEvaluation],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- The viewer's own progress in a module the training prepares or follows up with. -->
    <ng-template #moduleProgress let-slug>
      @if (progressOf(slug); as progress) {
        <span class="muted" data-testid="module-progress">
          · {{ t().preparationProgress[progress.status] }}
          @if (progress.status === 'in_progress') {
            ({{ t().lessonsDone(progress.done, progress.total) }})
          }
        </span>
      }
    </ng-template>
    <section class="panel" aria-labelledby="trainings-title">
      <h1 id="trainings-title">{{ t().title }}</h1>
      <p>{{ t().intro }}</p>
      @if (isLead()) {
        <a class="lr-button lr-button-filled" [routerLink]="newLink()">{{ t().newTraining }}</a>
      }
    </section>

    <lr-load-state [resource]="trainings">
      @if (trainings.hasValue()) {
        <p class="muted">{{ t().found(trainings.value().length) }}</p>
      }
    </lr-load-state>

    @if (trainings.hasValue()) {
      @for (training of trainings.value(); track training.id) {
        <article class="panel" [attr.aria-labelledby]="'training-' + training.id">
          <h2 [id]="'training-' + training.id">{{ training.title }}</h2>
          <ul class="facts">
            <li>{{ t().trainers(training.trainers.join(', ')) }}</li>
            @if (training.accreditation; as accreditation) {
              <li>
                {{
                  t().accredited(
                    registerNames[accreditation.register],
                    accreditation.number,
                    accreditation.points
                  )
                }}
              </li>
            }
          </ul>
          @if (training.description) {
            <p class="description">{{ training.description }}</p>
          }
          @if (training.preparationModule; as module) {
            <p class="preparation">
              {{ t().preparation }}
              <a [routerLink]="moduleLink(module.slug)">{{ module.title }}</a>
              <ng-container
                [ngTemplateOutlet]="moduleProgress"
                [ngTemplateOutletContext]="{ $implicit: module.slug }"
              />
            </p>
          }
          @if (training.followUpModule; as module) {
            <p class="follow-up-module">
              {{ t().followUpModuleLine }}
              <a [routerLink]="moduleLink(module.slug)">{{ module.title }}</a>
              <ng-container
                [ngTemplateOutlet]="moduleProgress"
                [ngTemplateOutletContext]="{ $implicit: module.slug }"
              />
            </p>
          }
          @if (training.followUp; as followUp) {
            <p class="follow-up">
              {{ t().followUp(dates.weekdayDate(followUp.date)) }}: “{{ followUp.question }}”
            </p>
          }
          <ol class="sessions" [attr.aria-label]="t().sessions">
            @for (session of training.sessions; track session.id; let index = $index) {
              <li class="session">
                <h3>
                  {{ t().session(index + 1, training.sessions.length) }}:
                  {{ dates.weekdayDate(session.date) }},
                  {{ t().times(session.startTime, session.endTime) }}
                </h3>
                <ul class="facts">
                  <li>{{ session.place }}</li>
                  @if (session.breakMinutes > 0) {
                    <li>{{ t().breakMinutes(session.breakMinutes) }}</li>
                  }
                  <li>{{ t().places(session.booked, session.capacity) }}</li>
                  @if (session.waiting > 0) {
                    <li>{{ t().waitingCount(session.waiting) }}</li>
                  }
                </ul>
                @if (session.onlineUrl) {
                  <p>
                    <a [href]="session.onlineUrl" target="_blank" rel="noopener">{{
                      t().joinOnline
                    }}</a>
                  </p>
                }
                @if (session.mine; as mine) {
                  <p>
                    <strong>{{ t().yourState(t().states[mine.state]) }}</strong>
                  </p>
                  @if (mine.queuePlace) {
                    <p>{{ t().queuePlace(mine.queuePlace) }}</p>
                    @if (queueStandsStill(session)) {
                      <p class="muted">{{ t().queueStandsStillForYou }}</p>
                    }
                  }
                  @if (mine.checkedIn) {
                    <p>{{ t().checkedInSelf }}</p>
                  }
                }
                <div class="actions">
                  @if (session.calledOff) {
                    <strong class="called-off">{{ t().calledOff }}</strong>
                  } @else if (session.checkInOpen && session.mine?.state === 'booked') {
                    <a class="lr-button lr-button-filled" [routerLink]="checkInLink(session.id)">{{
                      t().checkIn
                    }}</a>
                  } @else if (session.started) {
                    <span class="muted">{{ t().started }}</span>
                  } @else if (active(session)) {
                    @if (session.mine?.cancelUntil; as until) {
                      <button
                        class="lr-button lr-button-outlined"
                        type="button"
                        [disabled]="action.busy()"
                        (click)="cancel(session)"
                      >
                        {{ cancelLabel(session.mine.state) }}
                      </button>
                      <span class="muted">{{ t().cancelUntil(dates.weekdayDateTime(until)) }}</span>
                    } @else {
                      <span class="muted">{{ t().cancelClosed }}</span>
                    }
                  } @else if (!training.selfEnrolment) {
                    <span class="muted">{{ t().enrolledByLead }}</span>
                  } @else {
                    <button
                      class="lr-button lr-button-filled"
                      type="button"
                      [disabled]="action.busy()"
                      (click)="enrol(session)"
                    >
                      {{
                        training.requiresApproval
                          ? t().request
                          : full(session)
                            ? t().joinWaitingList
                            : t().enrol
                      }}
                    </button>
                  }
                  @if (isLead() || training.youTrain) {
                    <a class="lr-button" [routerLink]="registerLink(session.id)">{{
                      t().register
                    }}</a>
                    @if (training.templateSlug && session.guide) {
                      <a
                        class="lr-button"
                        [routerLink]="guideLink(training.templateSlug, session.guide)"
                      >
                        {{ t().sessionGuide }}
                      </a>
                    }
                  }
                </div>
                @if (canEvaluate(session)) {
                  <!-- The form (Angular forms, radio buttons) loads when someone evaluates. -->
                  @defer (when evaluating() === session.id) {
                    <lr-session-evaluation
                      [teamId]="teamId()"
                      [sessionId]="session.id"
                      (evaluated)="evaluated(session, $event)"
                    />
                  } @placeholder {
                    <button
                      type="button"
                      class="lr-button lr-button-outlined evaluate"
                      (click)="evaluating.set(session.id)"
                    >
                      {{ t().evaluate }}
                    </button>
                  }
                }
                @if (actedOn() === session.id) {
                  @if (done(); as message) {
                    <lr-notice tone="success">{{ message }}</lr-notice>
                  }
                  <lr-form-problem [action]="action" />
                }
              </li>
            }
          </ol>
        </article>
      } @empty {
        <section class="panel">
          <p>{{ t().none }}</p>
          @if (isLead()) {
            <p>{{ t().noneLead }}</p>
            <a class="lr-button lr-button-outlined" [routerLink]="newLink()">{{
              t().newTraining
            }}</a>
          }
        </section>
      }
    }
  `,
  styleUrl: './trainings-pages.scss',
})
export class TrainingsPage {
  private readonly api = inject(TrainingsApi);
  private readonly learning = inject(LearningApi);
  private readonly session = inject(SessionStore);
  protected readonly t = injectTexts(trainingTexts);
  protected readonly dates = injectDateFormat();
  protected readonly action = formAction();
  protected readonly registerNames = accreditationRegisterNames;

  readonly teamId = input.required<string>();

  protected readonly trainings = rxResource({
    params: () => this.teamId(),
    stream: ({ params: teamId }) => this.api.list(teamId),
  });
  /** The viewer's own progress in the modules, for the trainings that prepare with one. */
  private readonly modules = rxResource({
    params: () =>
      this.trainings
        .value()
        ?.some((training) => training.preparationModule || training.followUpModule)
        ? true
        : undefined,
    stream: () => this.learning.modules(),
  });
  protected readonly progressOf = (moduleSlug: string) => {
    const found = this.modules.value()?.find((module) => module.slug === moduleSlug);
    return (
      found && {
        status: found.progress.status,
        done: found.progress.completedLessons,
        total: found.lessonCount,
      }
    );
  };
  protected readonly isLead = computed(() => this.session.leads(this.teamId()));
  protected readonly newLink = computed(() =>
    link(appPaths.newTraining, { teamId: this.teamId() }),
  );
  /** The session whose button was pressed last: its outcome is shown there. */
  protected readonly actedOn = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  /** The session whose evaluation form is open. */
  protected readonly evaluating = signal<string | null>(null);

  protected checkInLink(sessionId: string): string {
    return link(appPaths.checkIn, { teamId: this.teamId(), sessionId });
  }

  protected moduleLink(moduleSlug: string): string {
    return link(appPaths.module, { moduleSlug });
  }

  protected guideLink(templateSlug: string, guideSlug: string): string {
    return link(appPaths.trainerGuide, { teamId: this.teamId(), templateSlug, guideSlug });
  }

  protected registerLink(sessionId: string): string {
    return link(appPaths.trainingSession, { teamId: this.teamId(), sessionId });
  }

  protected readonly queueStandsStill = queueStandsStill;

  protected active(session: TrainingSession): boolean {
    const state = session.mine?.state;
    return state === 'booked' || state === 'waiting' || state === 'requested';
  }

  protected cancelLabel(state: EnrolmentState): string {
    return state === 'waiting'
      ? this.t().leaveWaitingList
      : state === 'requested'
        ? this.t().withdrawRequest
        : this.t().cancel;
  }

  /** Who attended (wholly or partly, as registered) evaluates once. */
  protected canEvaluate(session: TrainingSession): boolean {
    const mine = session.mine;
    return (
      !!mine && (mine.state === 'attended' || mine.state === 'partly_attended') && !mine.evaluated
    );
  }

  protected evaluated(session: TrainingSession, updated: Training): void {
    this.replace(updated);
    this.evaluating.set(null);
    this.actedOn.set(session.id);
    this.done.set(this.t().evaluated);
  }

  protected full(session: TrainingSession): boolean {
    return session.booked >= session.capacity || session.waiting > 0;
  }

  protected enrol(session: TrainingSession): Promise<void> {
    return this.change(session, () => this.api.enrol(this.teamId(), session.id));
  }

  protected cancel(session: TrainingSession): Promise<void> {
    return this.change(session, () => this.api.cancel(this.teamId(), session.id));
  }

  private async change(
    session: TrainingSession,
    request: () => ReturnType<TrainingsApi['enrol']>,
  ): Promise<void> {
    this.actedOn.set(session.id);
    this.done.set(null);
    const updated = await this.action.run(() => firstValueFrom(request()));
    if (!updated) return;
    this.replace(updated);
    const state = updated.sessions.find((candidate) => candidate.id === session.id)?.mine?.state;
    this.done.set(
      state === 'booked'
        ? this.t().enrolled
        : state === 'waiting'
          ? this.t().waiting
          : state === 'requested'
            ? this.t().requested
            : this.t().cancelled,
    );
  }

  private replace(updated: Training): void {
    this.trainings.value.update((trainings) =>
      trainings?.map((training: Training) => (training.id === updated.id ? updated : training)),
    );
  }
}
