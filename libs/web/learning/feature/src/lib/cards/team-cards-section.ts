import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import { type PracticeTheme, type TeamCard, practiceThemes } from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { LearningApi, teamCardPdfUrl } from '@leerruimte/web-learning-data-access';
import { defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  formAction,
} from '@leerruimte/web-shared-ui';
import { learningTexts } from '../learning.texts';
import { CardView } from './card-view';

const texts = defineTexts(
  {
    title: (team: string) => `Eigen kaartjes van ${team}`,
    intro:
      'Schrijf jullie eigen kaartjes in dezelfde vorm: een vraag, eventueel een opdracht, een thema en de momenten in je werk waarop het kaartje helpt. Het team ziet een kaartje zodra de teamleider het heeft goedgekeurd; daarna kan een reflectiemoment de vraag stellen.',
    none: 'Jullie team heeft nog geen eigen kaartjes.',
    waiting: 'Wacht op goedkeuring van de teamleider',
    byWhom: (name: string) => `Geschreven door ${name}`,
    approve: 'Goedkeuren',
    remove: 'Weghalen',
    print: 'Afdrukken als PDF',
    writeTitle: 'Een kaartje schrijven',
    cardTitle: 'Titel',
    question: 'Vraag',
    task: 'Opdracht (optioneel)',
    theme: 'Thema',
    moments: 'Momenten in je werk, één per regel',
    momentsHint: 'Bijvoorbeeld: na een casusbespreking. Eén tot zes.',
    confirm: 'Er staan geen gegevens van een cliënt in',
    submit: 'Kaartje indienen',
    submitted: 'Je kaartje is ingediend; de teamleider keurt het goed.',
    added: 'Het kaartje staat bij jullie kaartjes.',
    approved: (title: string) => `“${title}” is goedgekeurd; het team ziet het nu.`,
    removed: (title: string) => `“${title}” is weggehaald.`,
  },
  {
    title: (team: string) => `${team}'s own cards`,
    intro:
      'Write your own cards in the same form: a question, optionally a task, a theme and the moments in your work when the card helps. The team sees a card once the team lead has approved it; then a reflection moment can ask its question.',
    none: 'Your team has no cards of its own yet.',
    waiting: 'Waiting for the team lead’s approval',
    byWhom: (name: string) => `Written by ${name}`,
    approve: 'Approve',
    remove: 'Remove',
    print: 'Print as PDF',
    writeTitle: 'Write a card',
    cardTitle: 'Title',
    question: 'Question',
    task: 'Task (optional)',
    theme: 'Theme',
    moments: 'Moments in your work, one per line',
    momentsHint: 'For example: after a case discussion. One to six.',
    confirm: 'It holds no client data',
    submit: 'Submit card',
    submitted: 'Your card has been submitted; the team lead approves it.',
    added: 'The card is with your cards.',
    approved: (title: string) => `“${title}” is approved; the team sees it now.`,
    removed: (title: string) => `“${title}” has been removed.`,
  },
);

/** The chosen team's own cards on the cards page: write, approve (lead), print. */
@Component({
  selector: 'lr-team-cards-section',
  imports: [
    CardView,
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Notice,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (team(); as current) {
      <section class="panel" aria-labelledby="team-cards-title" data-testid="team-cards">
        <h2 id="team-cards-title">{{ t().title(current.name) }}</h2>
        <p>{{ t().intro }}</p>
        <div aria-live="polite">
          @if (message(); as text) {
            <lr-notice tone="success">{{ text }}</lr-notice>
          }
          <lr-form-problem [action]="listAction" />
        </div>
        @if (cards.hasValue()) {
          <ul class="module-list">
            @for (card of cards.value(); track card.id) {
              <li class="card-item">
                <lr-card-view [card]="card" />
                @if (card.status === 'proposed') {
                  <p class="muted" data-testid="card-waiting">{{ t().waiting }}</p>
                }
                @if (card.author) {
                  <p class="muted">{{ t().byWhom(card.author) }}</p>
                }
                <p class="actions">
                  @if (card.status === 'approved') {
                    <a
                      class="lr-button lr-button-outlined"
                      [href]="pdfUrl(current.id, card.id)"
                      target="_blank"
                      >{{ t().print }}</a
                    >
                  }
                  @if (isLead() && card.status === 'proposed') {
                    <button
                      class="lr-button lr-button-filled"
                      type="button"
                      (click)="approve(card)"
                    >
                      {{ t().approve }}
                    </button>
                  }
                  @if (isLead() || (card.mine && card.status === 'proposed')) {
                    <button class="lr-button" type="button" (click)="remove(card)">
                      {{ t().remove }}
                    </button>
                  }
                </p>
              </li>
            } @empty {
              <li>{{ t().none }}</li>
            }
          </ul>
        }

        <h3>{{ t().writeTitle }}</h3>
        <form class="form" [formGroup]="form" (ngSubmit)="submit(current.id)" novalidate>
          <mat-form-field appearance="outline">
            <mat-label>{{ t().cardTitle }}</mat-label>
            <input matInput formControlName="title" required maxlength="80" />
            <mat-error><lr-field-errors [control]="form.controls.title" /></mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ t().question }}</mat-label>
            <textarea
              matInput
              formControlName="question"
              rows="2"
              required
              maxlength="400"
            ></textarea>
            <mat-error><lr-field-errors [control]="form.controls.question" /></mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ t().task }}</mat-label>
            <textarea matInput formControlName="task" rows="2" maxlength="600"></textarea>
            <mat-error><lr-field-errors [control]="form.controls.task" /></mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ t().theme }}</mat-label>
            <mat-select formControlName="theme" required>
              @for (theme of themes; track theme) {
                <mat-option [value]="theme">{{ learning().practiceThemes[theme] }}</mat-option>
              }
            </mat-select>
            <mat-error><lr-field-errors [control]="form.controls.theme" /></mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ t().moments }}</mat-label>
            <textarea matInput formControlName="moments" rows="3" required></textarea>
            <mat-hint>{{ t().momentsHint }}</mat-hint>
            <mat-error><lr-field-errors [control]="form.controls.moments" /></mat-error>
          </mat-form-field>
          @if (needsConfirmation()) {
            <mat-checkbox formControlName="confirmedNotClientData">{{ t().confirm }}</mat-checkbox>
          }
          <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
            {{ t().submit }}
          </button>
          <div aria-live="polite"><lr-form-problem [action]="action" /></div>
        </form>
      </section>
    }
  `,
  styleUrls: ['../learning-pages.scss', '../certificates/certificates.scss'],
})
export class TeamCardsSection {
  private readonly api = inject(LearningApi);
  private readonly session = inject(SessionStore);
  protected readonly t = injectTexts(texts);
  protected readonly learning = injectTexts(learningTexts);
  protected readonly themes = practiceThemes;
  protected readonly action = formAction();
  protected readonly listAction = formAction();
  protected readonly message = signal<string | null>(null);
  protected readonly needsConfirmation = signal(false);

  protected readonly team = computed(() => this.session.team());
  protected readonly isLead = computed(() => this.team()?.role === 'team_lead');
  protected readonly cards = rxResource({
    params: () => this.team()?.id,
    stream: ({ params }) => this.api.teamCards(params),
  });

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(80)],
    }),
    question: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(5), Validators.maxLength(400)],
    }),
    task: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(600)] }),
    theme: new FormControl<PracticeTheme | ''>('', {
      nonNullable: true,
      validators: Validators.required,
    }),
    moments: new FormControl('', { nonNullable: true, validators: Validators.required }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });

  protected async submit(teamId: string): Promise<void> {
    this.message.set(null);
    const value = this.form.getRawValue();
    const card = await this.action.run(
      () =>
        firstValueFrom(
          this.api.createTeamCard(teamId, {
            title: value.title.trim(),
            question: value.question.trim(),
            ...(value.task.trim() && { task: value.task.trim() }),
            theme: value.theme as PracticeTheme,
            moments: value.moments
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line.length > 0),
            ...(value.confirmedNotClientData && { confirmedNotClientData: true }),
          }),
        ),
      {
        form: this.form,
        // The privacy guard found something: the author may confirm it is no client data.
        onError: (body) => this.needsConfirmation.set(body.code === 'possible_client_data'),
      },
    );
    if (card) {
      this.form.reset();
      this.needsConfirmation.set(false);
      this.message.set(card.status === 'approved' ? this.t().added : this.t().submitted);
      this.cards.reload();
    }
  }

  protected async approve(card: TeamCard): Promise<void> {
    const teamId = this.team()?.id;
    if (!teamId) return;
    const done = await this.listAction.run(() =>
      firstValueFrom(this.api.approveTeamCard(teamId, card.id)),
    );
    if (done) {
      this.message.set(this.t().approved(card.title));
      this.cards.reload();
    }
  }

  protected async remove(card: TeamCard): Promise<void> {
    const teamId = this.team()?.id;
    if (!teamId) return;
    const done = await this.listAction.run(() =>
      firstValueFrom(this.api.removeTeamCard(teamId, card.id)).then(() => true),
    );
    if (done) {
      this.message.set(this.t().removed(card.title));
      this.cards.reload();
    }
  }

  protected pdfUrl(teamId: string, cardId: string): string {
    return teamCardPdfUrl(teamId, cardId);
  }
}
