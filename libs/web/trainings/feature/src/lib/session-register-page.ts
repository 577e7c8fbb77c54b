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
import { firstValueFrom } from 'rxjs';
import {
  type AttendanceMark,
  type SessionRegister,
  attendanceMarks,
  evaluationStatementTexts,
  evaluationStatements,
  sessionCapacityRequestSchema,
  sessionChangeRequestSchema,
} from '@leerruimte/shared-contracts';
import { IdentityApi, SessionStore } from '@leerruimte/web-identity-data-access';
import { LocaleService, injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  Breadcrumb,
  DateField,
  FieldErrors,
  FormBehaviour,
  FormProblem,
  LoadState,
  Notice,
  TableScroll,
  TimeField,
  dateControl,
  formAction,
  fromIsoDate,
  fromIsoTime,
  timeControl,
  toIsoDate,
  toIsoTime,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { TrainingsApi } from '@leerruimte/web-trainings-data-access';
import { CheckInScreen } from './check-in-screen';
import { trainingTexts } from './trainings.texts';
import { queueStandsStill } from './waiting-list';

type Participant = SessionRegister['participants'][number];

const markOf: Partial<Record<Participant['state'], AttendanceMark>> = {
  attended: 'present',
  partly_attended: 'partly',
  excused: 'excused',
  no_show: 'absent',
};

/**
 * A session's register for the team lead: who is booked and who waits (in queue order), the
 * number of places, enrolling or cancelling a member, and attendance once the session began.
 */
@Component({
  selector: 'lr-session-register-page',
  imports: [
    Breadcrumb,
    CheckInScreen,
    DateField,
    FieldErrors,
    FormBehaviour,
    FormProblem,
    LoadState,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
    TableScroll,
    TimeField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[{ label: t().back, link: trainingsLink() }]"
      [current]="t().register"
    />
    <lr-load-state [resource]="register" [back]="{ label: t().back, link: trainingsLink() }" />
    @if (register.hasValue()) {
      @let view = register.value();
      <section class="panel" aria-labelledby="register-title">
        <h1 id="register-title">{{ t().register }}</h1>
        <p class="training-title">{{ view.trainingTitle }}</p>
        <ul class="facts">
          <li>{{ dates.weekdayDate(view.session.date) }}</li>
          <li>{{ t().times(view.session.startTime, view.session.endTime) }}</li>
          <li>{{ view.session.place }}</li>
          <li>{{ t().netMinutes(view.session.netMinutes) }}</li>
          <li>{{ t().places(view.session.booked, view.session.capacity) }}</li>
          @if (view.session.waiting > 0) {
            <li>{{ t().waitingCount(view.session.waiting) }}</li>
          }
        </ul>
        @if (view.session.calledOff) {
          <lr-notice tone="warning" data-testid="called-off">{{ t().calledOffNotice }}</lr-notice>
        } @else {
          <p>{{ t().registerIntro }}</p>
          @if (handAllocation()) {
            <lr-notice tone="info" data-testid="queue-stands-still">{{
              t().queueStandsStill
            }}</lr-notice>
          }
        }
      </section>

      @if (!view.session.calledOff && (view.session.checkInOpen || !view.session.started)) {
        <section class="panel" aria-labelledby="check-in-title">
          <h2 id="check-in-title">{{ t().checkInTitle }}</h2>
          @if (view.session.checkInOpen) {
            <lr-check-in-screen
              [teamId]="teamId()"
              [sessionId]="sessionId()"
              (refresh)="register.reload()"
            />
          } @else {
            <p class="muted">{{ t().checkInClosedHint }}</p>
          }
        </section>
      }

      <section class="panel" aria-labelledby="participants-title">
        <h2 id="participants-title">{{ t().participants }}</h2>
        @if (view.participants.length === 0) {
          @if (!view.session.calledOff) {
            <p>{{ t().nobody }}</p>
          }
        } @else {
          <lr-table-scroll labelledBy="participants-title">
            <table class="lr-table">
              <thead>
                <tr>
                  <th scope="col">{{ t().participant }}</th>
                  <th scope="col">{{ t().status }}</th>
                  @if (view.session.started) {
                    <th scope="col">{{ t().attendance }}</th>
                    <th scope="col">{{ t().minutes }}</th>
                  } @else {
                    <th scope="col">
                      <span class="lr-visually-hidden">{{ t().cancel }}</span>
                    </th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (participant of view.participants; track participant.userId) {
                  <tr>
                    <th scope="row">{{ participant.name }}</th>
                    <td>
                      {{ t().states[participant.state] }}
                      @if (participant.queuePlace) {
                        ({{ participant.queuePlace }})
                      }
                      @if (participant.checkedInAt; as at) {
                        <span class="muted">({{ t().checkedInAt(dates.time(at)) }})</span>
                      }
                    </td>
                    @if (view.session.started) {
                      <!-- Only who had a place is marked: not the queue, not an open request. -->
                      @if (participant.state !== 'waiting' && participant.state !== 'requested') {
                        <td>
                          <select
                            [disabled]="!!view.lockedAt"
                            class="lr-native-select"
                            [attr.aria-label]="t().attendance + ': ' + participant.name"
                            (change)="setMark(participant.userId, $any($event.target).value)"
                          >
                            <option value="" [selected]="!marks()[participant.userId]">–</option>
                            @for (mark of attendanceMarks; track mark) {
                              <option
                                [value]="mark"
                                [selected]="marks()[participant.userId] === mark"
                              >
                                {{ t().marks[mark] }}
                              </option>
                            }
                          </select>
                        </td>
                        <td>
                          @if (marks()[participant.userId] === 'partly') {
                            <input
                              class="lr-native-select minutes"
                              type="number"
                              min="1"
                              [max]="view.session.netMinutes"
                              [attr.aria-label]="t().minutes + ': ' + participant.name"
                              [value]="minutes()[participant.userId] ?? ''"
                              (input)="setMinutes(participant.userId, $any($event.target).value)"
                            />
                          } @else {
                            {{ participant.attendedMinutes ?? '' }}
                          }
                        </td>
                      } @else {
                        <td></td>
                        <td></td>
                      }
                    } @else if (isLead() && participant.state === 'requested') {
                      <td>
                        <button
                          class="lr-button lr-button-outlined"
                          type="button"
                          [disabled]="action.busy()"
                          [attr.aria-label]="t().approveFor(participant.name)"
                          (click)="givePlace(participant)"
                        >
                          {{ t().approve }}
                        </button>
                        <button
                          class="lr-button"
                          type="button"
                          [disabled]="action.busy()"
                          [attr.aria-label]="t().declineFor(participant.name)"
                          (click)="cancelMember(participant)"
                        >
                          {{ t().decline }}
                        </button>
                      </td>
                    } @else if (
                      isLead() &&
                      (participant.state === 'booked' || participant.state === 'waiting')
                    ) {
                      <td>
                        @if (participant.state === 'waiting' && handAllocation()) {
                          <button
                            class="lr-button lr-button-outlined"
                            type="button"
                            [disabled]="action.busy()"
                            [attr.aria-label]="t().givePlace(participant.name)"
                            (click)="givePlace(participant)"
                          >
                            {{ t().givePlaceShort }}
                          </button>
                        }
                        <button
                          class="lr-button"
                          type="button"
                          [disabled]="action.busy()"
                          [attr.aria-label]="t().cancelMember(participant.name)"
                          (click)="cancelMember(participant)"
                        >
                          {{ t().cancel }}
                        </button>
                      </td>
                    } @else {
                      <td></td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </lr-table-scroll>
          @if (view.lockedAt; as lockedAt) {
            <lr-notice tone="info" data-testid="register-locked">
              {{ t().locked(dates.dateTime(lockedAt)) }}
            </lr-notice>
          } @else if (view.session.started) {
            <div class="actions">
              <button
                class="lr-button lr-button-filled"
                type="button"
                [disabled]="action.busy()"
                (click)="saveAttendance()"
              >
                {{ t().saveAttendance }}
              </button>
              @if (!confirmingLock()) {
                <button
                  class="lr-button lr-button-outlined"
                  type="button"
                  (click)="confirmingLock.set(true)"
                >
                  {{ t().lockRegister }}
                </button>
              }
            </div>
            @if (confirmingLock()) {
              <p class="muted">{{ t().lockHint }}</p>
              <div class="actions">
                <button
                  class="lr-button lr-button-filled"
                  type="button"
                  [disabled]="action.busy()"
                  (click)="lockRegister()"
                >
                  {{ t().lockConfirm }}
                </button>
                <button class="lr-button" type="button" (click)="confirmingLock.set(false)">
                  {{ t().lockKeep }}
                </button>
              </div>
            }
          }
        }
        @if (!view.session.started && !view.session.calledOff) {
          <p class="muted">{{ t().attendanceFromStart }}</p>
        }
        @if (done(); as message) {
          <lr-notice tone="success">{{ message }}</lr-notice>
        }
        <lr-form-problem [action]="action" />
      </section>

      @if (evaluation.hasValue()) {
        @let result = evaluation.value();
        <section class="panel" aria-labelledby="evaluation-title" data-testid="evaluation">
          <h2 id="evaluation-title">{{ t().evaluationTitle }}</h2>
          <p>{{ t().evaluationCount(result.answers, result.minimum) }}</p>
          @if (result.averages; as averages) {
            <dl class="averages">
              @for (statement of statements; track statement) {
                <div>
                  <dt>{{ statementTexts[locale()][statement] }}</dt>
                  <dd>
                    {{ averages[statement].toLocaleString(locale(), { minimumFractionDigits: 1 }) }}
                  </dd>
                </div>
              }
            </dl>
          }
        </section>
      }

      <!-- A trainer keeps the register; enrolling, moving and calling off are the lead's. -->
      @if (isLead() && !view.session.started && !view.session.calledOff) {
        <section class="panel" aria-labelledby="manage-title">
          <h2 id="manage-title">{{ t().enrolMember }}</h2>
          <div class="row">
            <label class="select-field">
              {{ t().member }}
              <select
                class="lr-native-select"
                (change)="chosenMember.set($any($event.target).value)"
              >
                <option value="">{{ t().member }}…</option>
                @for (member of candidates(); track member.userId) {
                  <option [value]="member.userId">{{ member.name }}</option>
                }
              </select>
            </label>
            <div class="actions">
              <button
                class="lr-button lr-button-outlined"
                type="button"
                [disabled]="!chosenMember() || action.busy()"
                (click)="enrolMember()"
              >
                {{ t().enrolMemberButton }}
              </button>
            </div>
          </div>
          <h2 id="capacity-title">{{ t().newCapacity }}</h2>
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>{{ t().newCapacity }}</mat-label>
              <input matInput type="number" min="1" [formControl]="capacity" />
              <mat-error><lr-field-errors [control]="capacity" /></mat-error>
            </mat-form-field>
            <div class="actions">
              <button
                class="lr-button lr-button-outlined"
                type="button"
                [disabled]="action.busy()"
                (click)="saveCapacity()"
              >
                {{ t().saveCapacity }}
              </button>
            </div>
          </div>
        </section>

        <section class="panel" aria-labelledby="change-title">
          <h2 id="change-title">{{ t().changeSession }}</h2>
          <p class="muted">{{ t().changeSessionHint }}</p>
          <form class="form" [formGroup]="change" (ngSubmit)="saveChange()" novalidate>
            <div class="row">
              <lr-date-field [control]="change.controls.date" [label]="t().date" />
              <lr-time-field [control]="change.controls.startTime" [label]="t().startTime" />
              <lr-time-field [control]="change.controls.endTime" [label]="t().endTime" />
            </div>
            <mat-form-field appearance="outline">
              <mat-label>{{ t().breakField }}</mat-label>
              <input matInput type="number" min="0" formControlName="breakMinutes" />
              <mat-error><lr-field-errors [control]="change.controls.breakMinutes" /></mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ t().place }}</mat-label>
              <input matInput formControlName="place" />
              <mat-error><lr-field-errors [control]="change.controls.place" /></mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ t().onlineUrl }}</mat-label>
              <input matInput type="url" formControlName="onlineUrl" />
              <mat-error><lr-field-errors [control]="change.controls.onlineUrl" /></mat-error>
            </mat-form-field>
            <div class="actions">
              <button
                class="lr-button lr-button-outlined"
                type="submit"
                [disabled]="changeAction.busy()"
              >
                {{ t().saveChange }}
              </button>
            </div>
            <lr-form-problem [action]="changeAction" />
          </form>
        </section>

        <section class="panel" aria-labelledby="call-off-title">
          <h2 id="call-off-title">{{ t().callOffTitle }}</h2>
          <p class="muted">{{ t().callOffHint }}</p>
          <div class="actions">
            @if (confirmingCallOff()) {
              <button
                type="button"
                class="lr-button lr-button-filled danger"
                [disabled]="callOffAction.busy()"
                (click)="callOff()"
              >
                {{ t().callOffConfirm }}
              </button>
              <button class="lr-button" type="button" (click)="confirmingCallOff.set(false)">
                {{ t().callOffKeep }}
              </button>
            } @else {
              <button
                class="lr-button lr-button-outlined"
                type="button"
                (click)="confirmingCallOff.set(true)"
              >
                {{ t().callOff }}
              </button>
            }
          </div>
          <lr-form-problem [action]="callOffAction" />
        </section>
      }
    }
  `,
  styleUrl: './trainings-pages.scss',
  styles: `
    .minutes {
      width: 6rem;
    }
    .training-title {
      font-size: var(--lr-font-size-l);
      font-weight: 600;
      margin-top: 0;
    }
  `,
})
export class SessionRegisterPage {
  private readonly api = inject(TrainingsApi);
  private readonly identity = inject(IdentityApi);
  private readonly currentUser = inject(SessionStore);
  protected readonly t = injectTexts(trainingTexts);
  protected readonly dates = injectDateFormat();
  protected readonly action = formAction();
  protected readonly callOffAction = formAction();
  /** Calling off asks once more: it mails everyone and cannot be undone. */
  protected readonly confirmingCallOff = signal(false);
  /** Closing the register asks once more too: its hours are final after. */
  protected readonly confirmingLock = signal(false);
  protected readonly attendanceMarks = attendanceMarks;

  readonly teamId = input.required<string>();
  readonly sessionId = input.required<string>();

  protected readonly register = rxResource({
    params: () => ({ teamId: this.teamId(), sessionId: this.sessionId() }),
    stream: ({ params }) => this.api.register(params.teamId, params.sessionId),
  });
  /** Once the session has begun, what its participants said of it (anonymous, from 5 answers). */
  protected readonly evaluation = rxResource({
    params: () => {
      const session = this.register.hasValue() ? this.register.value().session : undefined;
      return session?.started && !session.calledOff
        ? { teamId: this.teamId(), sessionId: this.sessionId() }
        : undefined;
    },
    stream: ({ params }) => this.api.evaluation(params.teamId, params.sessionId),
  });
  protected readonly statements = evaluationStatements;
  protected readonly statementTexts = evaluationStatementTexts;
  protected readonly locale = inject(LocaleService).locale;
  /** The team's lead; a trainer who is not sees the register and its check-in only. */
  protected readonly isLead = computed(() => this.currentUser.leads(this.teamId()));
  /**
   * The queue stands still (past the cancel deadline, not begun) while places are free and
   * people wait: the lead gives them by hand.
   */
  protected readonly handAllocation = computed(() => {
    if (!this.isLead() || !this.register.hasValue()) return false;
    const session = this.register.value().session;
    return (
      !session.started &&
      !session.calledOff &&
      session.waiting > 0 &&
      session.booked < session.capacity &&
      queueStandsStill(session)
    );
  });
  private readonly members = rxResource({
    params: () => (this.isLead() ? this.teamId() : undefined),
    stream: ({ params: teamId }) => this.identity.members(teamId),
  });
  /** Team members not yet enrolled or waiting. */
  protected readonly candidates = computed(() => {
    const enrolled = new Set(
      (this.register.hasValue() ? this.register.value().participants : []).map((p) => p.userId),
    );
    return (this.members.hasValue() ? this.members.value() : []).filter(
      (member) => !enrolled.has(member.userId),
    );
  });
  protected readonly marks = signal<Record<string, AttendanceMark>>({});
  protected readonly minutes = signal<Record<string, number>>({});
  /** Marks changed here and not saved yet: a refreshed register (check-ins) keeps them. */
  private readonly edited = new Set<string>();
  protected readonly chosenMember = signal('');
  protected readonly done = signal<string | null>(null);
  protected readonly changeAction = formAction();
  protected readonly change = new FormGroup({
    date: dateControl(null, [Validators.required]),
    startTime: timeControl(null, [Validators.required]),
    endTime: timeControl(null, [Validators.required]),
    breakMinutes: new FormControl(0, {
      nonNullable: true,
      validators: [zodValidator(sessionChangeRequestSchema.shape.breakMinutes)],
    }),
    place: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(sessionChangeRequestSchema.shape.place)],
    }),
    onlineUrl: new FormControl('', { nonNullable: true }),
  });
  protected readonly capacity = new FormControl(1, {
    nonNullable: true,
    validators: [Validators.required, zodValidator(sessionCapacityRequestSchema.shape.capacity)],
  });

  protected readonly trainingsLink = computed(() =>
    link(appPaths.trainings, { teamId: this.teamId() }),
  );

  constructor() {
    // What was registered before is where the lead starts.
    effect(() => {
      if (!this.register.hasValue()) return;
      const view = this.register.value();
      this.capacity.setValue(view.session.capacity);
      this.change.reset({
        date: fromIsoDate(view.session.date),
        startTime: fromIsoTime(view.session.startTime),
        endTime: fromIsoTime(view.session.endTime),
        breakMinutes: view.session.breakMinutes,
        place: view.session.place,
        onlineUrl: view.session.onlineUrl ?? '',
      });
      const marks: Record<string, AttendanceMark> = {};
      const minutes: Record<string, number> = {};
      const unsavedMarks = untracked(this.marks);
      const unsavedMinutes = untracked(this.minutes);
      for (const participant of view.participants) {
        const id = participant.userId;
        const mark = this.edited.has(id) ? unsavedMarks[id] : markOf[participant.state];
        if (mark) marks[id] = mark;
        if (this.edited.has(id) && unsavedMinutes[id] !== undefined) {
          minutes[id] = unsavedMinutes[id];
        } else if (mark === 'partly' && participant.attendedMinutes !== null) {
          minutes[id] = participant.attendedMinutes;
        }
      }
      this.marks.set(marks);
      this.minutes.set(minutes);
    });
  }

  protected setMark(userId: string, mark: AttendanceMark | ''): void {
    this.edited.add(userId);
    this.marks.update((marks) => {
      const next = { ...marks };
      if (mark) next[userId] = mark;
      else delete next[userId];
      return next;
    });
  }

  protected setMinutes(userId: string, value: string): void {
    this.edited.add(userId);
    this.minutes.update((minutes) => ({ ...minutes, [userId]: Number(value) }));
  }

  protected async saveAttendance(): Promise<void> {
    const entries = Object.entries(this.marks()).map(([userId, mark]) => ({
      userId,
      mark,
      ...(mark === 'partly' && { minutes: this.minutes()[userId] || 1 }),
    }));
    if (entries.length === 0) return;
    const saved = await this.apply(
      () => this.api.recordAttendance(this.teamId(), this.sessionId(), { entries }),
      this.t().attendanceSaved,
    );
    if (saved) this.edited.clear();
  }

  protected async lockRegister(): Promise<void> {
    await this.apply(() => this.api.lockRegister(this.teamId(), this.sessionId()), null);
    this.confirmingLock.set(false);
  }

  protected async enrolMember(): Promise<void> {
    const userId = this.chosenMember();
    this.chosenMember.set('');
    await this.apply(() => this.api.enrolMember(this.teamId(), this.sessionId(), userId), null);
  }

  /**
   * Approving a request, or after the cut-off giving a free place to someone waiting. An approved
   * request may land on the waiting list when the session is full: the message says which.
   */
  protected async givePlace(participant: Participant): Promise<void> {
    const given = await this.apply(
      () => this.api.enrolMember(this.teamId(), this.sessionId(), participant.userId),
      null,
    );
    if (!given || !this.register.hasValue()) return;
    const now = this.register
      .value()
      .participants.find((candidate) => candidate.userId === participant.userId);
    this.done.set(
      now?.state === 'booked'
        ? this.t().placeGiven(participant.name)
        : this.t().approvedWaiting(participant.name),
    );
  }

  protected async cancelMember(participant: Participant): Promise<void> {
    await this.apply(
      () => this.api.cancelMember(this.teamId(), this.sessionId(), participant.userId),
      null,
    );
  }

  protected async saveCapacity(): Promise<void> {
    this.capacity.markAsTouched();
    if (this.capacity.invalid) return;
    const capacity = this.capacity.value;
    await this.apply(
      () => this.api.setCapacity(this.teamId(), this.sessionId(), capacity),
      this.t().capacitySaved,
    );
  }

  protected async saveChange(): Promise<void> {
    const value = this.change.getRawValue();
    this.done.set(null);
    const updated = await this.changeAction.run(
      () =>
        firstValueFrom(
          this.api.changeSession(this.teamId(), this.sessionId(), {
            date: toIsoDate(value.date) ?? '',
            startTime: toIsoTime(value.startTime) ?? '',
            endTime: toIsoTime(value.endTime) ?? '',
            breakMinutes: value.breakMinutes,
            place: value.place,
            ...(value.onlineUrl && { onlineUrl: value.onlineUrl }),
          }),
        ),
      { form: this.change },
    );
    if (!updated) return;
    this.register.value.set(updated);
    this.done.set(this.t().changeSaved);
  }

  protected async callOff(): Promise<void> {
    this.done.set(null);
    const updated = await this.callOffAction.run(() =>
      firstValueFrom(this.api.callOff(this.teamId(), this.sessionId())),
    );
    this.confirmingCallOff.set(false);
    if (!updated) return;
    this.register.value.set(updated);
    this.done.set(this.t().calledOffSaved);
  }

  /** Sends a change whose answer is the new register; whether it went through. */
  private async apply(
    request: () => ReturnType<TrainingsApi['register']>,
    message: string | null,
  ): Promise<boolean> {
    this.done.set(null);
    const updated = await this.action.run(() => firstValueFrom(request()));
    if (!updated) return false;
    this.register.value.set(updated);
    this.done.set(message);
    return true;
  }
}
