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
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { ClosingTestResult } from '@leerruimte/shared-contracts';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  Breadcrumb,
  ContentHtml,
  FormProblem,
  LoadState,
  Notice,
  formAction,
} from '@leerruimte/web-shared-ui';
import { PageTitle, appPaths, link } from '@leerruimte/web-shared-util';
import { learningTexts } from '../learning.texts';
import { certificateTexts } from './certificates.texts';

/**
 * The closing test: every question on one page, answered in any order, handed in at once. The
 * result says per question whether it was right and why; a pass completes the module.
 */
@Component({
  selector: 'lr-closing-test-page',
  imports: [Breadcrumb, ContentHtml, FormProblem, LoadState, MatRadioModule, Notice, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[
        { label: learning().catalogueTitle, link: catalogueLink },
        {
          label: test.hasValue() ? test.value().module.title : t().module,
          link: moduleLink(),
        },
      ]"
      [current]="t().closingTest"
    />
    @if (test.hasValue()) {
      @let view = test.value();
      <section class="panel" aria-labelledby="test-title">
        <h1 id="test-title">{{ t().closingTest }}: {{ view.module.title }}</h1>
        <p>{{ t().testIntro(view.questions.length, view.minutes, view.passPercent) }}</p>
        @if (view.passedAt; as passedAt) {
          <lr-notice tone="success">{{ t().passedOn(dates.date(passedAt)) }}</lr-notice>
          <p>
            <a class="lr-button lr-button-outlined" [routerLink]="myLearningLink">{{
              t().toCertificates
            }}</a>
          </p>
        } @else if (!view.open) {
          <lr-notice tone="info">{{ t().notOpen }}</lr-notice>
          <p>
            <a class="lr-button lr-button-outlined" [routerLink]="moduleLink()">{{
              t().toModule
            }}</a>
          </p>
        } @else if (view.nextAttemptAt && !result()) {
          <lr-notice tone="warning">{{
            t().waitUntil(dates.dateTime(view.nextAttemptAt))
          }}</lr-notice>
        }
        @if (view.attempts.length > 0) {
          <h2>{{ t().earlierAttempts }}</h2>
          <ul>
            @for (attempt of view.attempts; track attempt.takenAt) {
              <li>
                {{
                  t().attempt(dates.dateTime(attempt.takenAt), attempt.scorePercent, attempt.passed)
                }}
              </li>
            }
          </ul>
        }
      </section>

      @if (result(); as outcome) {
        <section class="panel" aria-labelledby="result-title" data-testid="test-result">
          <h2 id="result-title" tabindex="-1">{{ outcome.passed ? t().passed : t().failed }}</h2>
          <p>{{ t().score(outcome.correctCount, outcome.questionCount, outcome.scorePercent) }}</p>
          @if (outcome.moduleCompleted) {
            <lr-notice tone="success">{{ t().moduleDone }}</lr-notice>
            <p>
              <a
                class="lr-button lr-button-filled"
                [routerLink]="myLearningLink"
                data-testid="to-certificates"
                >{{ t().toCertificates }}</a
              >
            </p>
          } @else if (outcome.nextAttemptAt) {
            <lr-notice tone="warning">{{
              t().waitUntil(dates.dateTime(outcome.nextAttemptAt))
            }}</lr-notice>
          }
          <ol class="test-feedback">
            @for (question of outcome.questions; track question.id; let index = $index) {
              <li>
                <p>
                  <strong>{{ question.correct ? t().right : t().notRight }}</strong>:
                  {{ view.questions[index].question }}
                </p>
                <p class="muted">{{ question.feedback }}</p>
              </li>
            }
          </ol>
        </section>
      } @else if (view.open && !view.passedAt && !view.nextAttemptAt) {
        <form class="test" (submit)="$event.preventDefault(); submit()" novalidate>
          @for (question of view.questions; track question.id; let index = $index) {
            <fieldset
              class="panel test-question"
              [attr.aria-invalid]="missing().includes(question.id)"
            >
              <legend class="muted">{{ t().question(index + 1, view.questions.length) }}</legend>
              <div class="scenario" [innerHTML]="question.scenarioHtml | contentHtml"></div>
              <p class="question" [id]="'question-' + question.id">{{ question.question }}</p>
              <mat-radio-group
                class="options"
                [attr.aria-labelledby]="'question-' + question.id"
                [value]="answers()[question.id]"
                (change)="choose(question.id, $event.value)"
              >
                @for (option of question.options; track $index) {
                  <mat-radio-button [value]="$index">{{ option.text }}</mat-radio-button>
                }
              </mat-radio-group>
              @if (missing().includes(question.id)) {
                <p class="field-error" role="alert">{{ t().chooseAnswer }}</p>
              }
            </fieldset>
          }
          <div aria-live="polite">
            @if (missing().length > 0) {
              <lr-notice tone="warning">{{ t().unanswered(missing().length) }}</lr-notice>
            }
            <lr-form-problem [action]="action" />
          </div>
          <button
            class="lr-button lr-button-filled"
            type="submit"
            [disabled]="action.busy()"
            data-testid="submit-test"
          >
            {{ t().submit }}
          </button>
        </form>
      }
    }
    <lr-load-state [resource]="test" [back]="{ link: moduleLink(), label: t().toModule }" />
  `,
  styleUrls: ['../learning-pages.scss', './certificates.scss'],
})
export class ClosingTestPage {
  private readonly api = inject(LearningApi);
  private readonly pageTitle = inject(PageTitle);
  protected readonly t = injectTexts(certificateTexts);
  protected readonly learning = injectTexts(learningTexts);
  protected readonly dates = injectDateFormat();
  protected readonly action = formAction();
  protected readonly catalogueLink = link(appPaths.catalogue);
  protected readonly myLearningLink = link(appPaths.myLearning);

  readonly moduleSlug = input.required<string>();

  protected readonly test = rxResource({
    params: () => this.moduleSlug(),
    stream: ({ params }) => this.api.closingTest(params),
  });
  protected readonly answers = signal<Record<string, number>>({});
  protected readonly missing = signal<string[]>([]);
  protected readonly result = signal<ClosingTestResult | null>(null);
  protected readonly moduleLink = computed(() =>
    link(appPaths.module, { moduleSlug: this.moduleSlug() }),
  );
  private readonly titled = effect(() => {
    if (this.test.hasValue()) {
      this.pageTitle.subject.set(`${this.t().closingTest} ${this.test.value().module.title}`);
    }
  });

  protected choose(questionId: string, option: number): void {
    this.answers.update((answers) => ({ ...answers, [questionId]: option }));
    this.missing.update((missing) => missing.filter((id) => id !== questionId));
  }

  protected async submit(): Promise<void> {
    const questions = this.test.hasValue() ? this.test.value().questions : [];
    const missing = questions.filter((q) => this.answers()[q.id] === undefined).map((q) => q.id);
    this.missing.set(missing);
    if (missing.length > 0) {
      document.getElementById(`question-${missing[0]}`)?.scrollIntoView({ block: 'center' });
      return;
    }
    const result = await this.action.run(() =>
      firstValueFrom(this.api.takeClosingTest(this.moduleSlug(), this.answers())),
    );
    if (result) {
      this.result.set(result);
      this.test.reload();
      // The result replaces the form: take the reader (and the screen reader) to it.
      setTimeout(() => document.getElementById('result-title')?.focus());
    }
  }
}
