import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  type PracticeTheme,
  type WhyQuestionStatus,
  type WhyQuestionSummary,
  practiceThemes,
  whyQuestionStatuses,
} from '@leerruimte/shared-contracts';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { Breadcrumb, LoadState } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { boardPageTexts, boardTexts } from '../board.texts';
import { questionTexts } from './questions.texts';
import { VoteButton } from './vote-button';

/** Every why-question of the team, most votes first, filtered by theme and status. */
@Component({
  selector: 'lr-questions-page',
  imports: [Breadcrumb, LoadState, MatFormFieldModule, MatSelectModule, RouterLink, VoteButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[{ label: common().board, link: boardLink() }]"
      [current]="common().questions"
    />
    <section class="panel" aria-labelledby="questions-title">
      <h1 id="questions-title">{{ t().listTitle }}</h1>
      <p>{{ t().listIntro }}</p>
      <p>
        <a class="lr-button lr-button-filled" [routerLink]="newLink()">{{ t().newQuestion }}</a>
      </p>
      <form class="filters" (submit)="$event.preventDefault()" [attr.aria-label]="common().filters">
        <mat-form-field appearance="outline">
          <mat-label>{{ common().theme }}</mat-label>
          <mat-select [value]="theme()" (valueChange)="theme.set($event)">
            <mat-option [value]="undefined">{{ common().allThemes }}</mat-option>
            @for (option of themes; track option) {
              <mat-option [value]="option">{{ common().themes[option] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ common().status }}</mat-label>
          <mat-select [value]="status()" (valueChange)="status.set($event)">
            <mat-option [value]="undefined">{{ common().allStatuses }}</mat-option>
            @for (option of statuses; track option) {
              <mat-option [value]="option">{{ common().questionStatuses[option] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </form>
    </section>

    <lr-load-state [resource]="questions">
      @if (questions.hasValue()) {
        <p class="muted">{{ t().found(questions.value().length) }}</p>
      }
    </lr-load-state>

    @if (questions.hasValue()) {
      <ol class="item-list">
        @for (question of questions.value(); track question.id) {
          <li class="item">
            @if (question.hidden; as hidden) {
              <p class="hidden-item">{{ common().hiddenBy(hidden.reason) }}</p>
            } @else {
              <h2>
                <a class="user-text" [routerLink]="questionLink(question.id)">{{
                  question.question
                }}</a>
              </h2>
              <ul class="meta">
                <li class="chip">{{ common().themes[question.theme] }}</li>
                <li>{{ common().status }}: {{ common().questionStatuses[question.status] }}</li>
                <li>{{ board().answers(question.answerCount) }}</li>
                <li>
                  {{
                    common().by(common().author(question.author), dates.date(question.createdAt))
                  }}
                </li>
              </ul>
              <lr-vote-button [teamId]="teamId()" [question]="question" (changed)="voted($event)" />
            }
          </li>
        } @empty {
          <li class="panel">
            @if (theme() || status()) {
              <p>{{ t().noneFound }}</p>
              <button class="lr-button lr-button-outlined" type="button" (click)="clearFilters()">
                {{ common().clearFilters }}
              </button>
            } @else {
              <p>{{ t().none }}</p>
              <a class="lr-button lr-button-outlined" [routerLink]="newLink()">{{
                t().newQuestion
              }}</a>
            }
          </li>
        }
      </ol>
    }
  `,
  styleUrl: '../board-pages.scss',
})
export class QuestionsPage {
  private readonly api = inject(BoardApi);
  protected readonly t = injectTexts(questionTexts);
  protected readonly board = injectTexts(boardPageTexts);
  protected readonly common = injectTexts(boardTexts);
  protected readonly dates = injectDateFormat();
  protected readonly themes = practiceThemes;
  protected readonly statuses = whyQuestionStatuses;

  readonly teamId = input.required<string>();

  protected readonly theme = signal<PracticeTheme | undefined>(undefined);
  protected readonly status = signal<WhyQuestionStatus | undefined>(undefined);
  protected readonly questions = rxResource({
    params: () => ({ teamId: this.teamId(), theme: this.theme(), status: this.status() }),
    stream: ({ params: { teamId, ...filter } }) => this.api.whyQuestions(teamId, filter),
  });

  protected readonly boardLink = computed(() =>
    link(appPaths.teamBoard, { teamId: this.teamId() }),
  );
  protected readonly newLink = computed(() =>
    link(appPaths.newWhyQuestion, { teamId: this.teamId() }),
  );

  protected questionLink(questionId: string): string {
    return link(appPaths.whyQuestion, { teamId: this.teamId(), questionId });
  }

  protected voted(updated: WhyQuestionSummary): void {
    this.questions.value.update((questions) =>
      questions?.map((question) =>
        question.id === updated.id
          ? { ...question, votes: updated.votes, votedByMe: updated.votedByMe }
          : question,
      ),
    );
  }

  protected clearFilters(): void {
    this.theme.set(undefined);
    this.status.set(undefined);
  }
}
