import { ChangeDetectionStrategy, Component, effect, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { Breadcrumb, ContentHtml, LoadState } from '@leerruimte/web-shared-ui';
import { PageTitle, appPaths, link } from '@leerruimte/web-shared-util';
import { learningTexts } from './learning.texts';

/** One module: what it is for, its lessons, and where to start or continue. */
@Component({
  selector: 'lr-module-page',
  imports: [Breadcrumb, ContentHtml, LoadState, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[{ label: t().catalogueTitle, link: catalogueLink }]"
      [current]="module.hasValue() ? module.value().title : undefined"
    />
    @if (module.hasValue()) {
      @let detail = module.value();
      <section class="panel" aria-labelledby="module-title">
        <h1 id="module-title">{{ detail.title }}</h1>
        <p>{{ detail.summary }}</p>
        <ul class="meta">
          <li>{{ t().studyLoad(detail.studyLoadMinutes) }}</li>
          <li>{{ t().readingTime(detail.estimatedMinutes) }}</li>
          <li>{{ t().lessons(detail.lessonCount) }}</li>
          @if (detail.minutesLearned > 0) {
            <li data-testid="module-time">{{ t().yourTime(detail.minutesLearned) }}</li>
          }
          <li>{{ t().forWhom }}: {{ detail.audience }}</li>
        </ul>
        @if (detail.studyLoadNote) {
          <p class="muted">{{ detail.studyLoadNote }}</p>
        }
        @if (detail.progress.status !== 'not_started') {
          <p>{{ t().progressLabel(detail.progress.completedLessons, detail.lessonCount) }}</p>
          <progress
            [value]="detail.progress.completedLessons"
            [max]="detail.lessonCount"
            aria-hidden="true"
          ></progress>
        }
        @if (continueLink(); as next) {
          <p>
            <a class="lr-button lr-button-filled" [routerLink]="next.link" data-testid="continue">{{
              next.label
            }}</a>
          </p>
        }
      </section>
      <section class="panel" aria-labelledby="goals-title">
        <h2 id="goals-title">{{ t().goals }}</h2>
        <ul>
          @for (goal of detail.learningGoals; track $index) {
            <li>{{ goal }}</li>
          }
        </ul>
      </section>
      <section class="panel" aria-labelledby="lessons-title">
        <h2 id="lessons-title">{{ t().lessonsTitle }}</h2>
        <ol class="lesson-list">
          @for (lesson of detail.lessons; track lesson.slug) {
            <li>
              <a [routerLink]="lessonLink(lesson.slug)">{{ lesson.title }}</a>
              <span class="muted"> · {{ t().minutes(lesson.minutes) }}</span>
              @if (lesson.completed) {
                <span class="done-mark"> · ✓ {{ t().done }}</span>
              }
            </li>
          }
        </ol>
      </section>
      @if (detail.closingTest; as test) {
        <section class="panel" aria-labelledby="closing-test-title">
          <h2 id="closing-test-title">{{ t().closingTestTitle }}</h2>
          <p>{{ t().closingTestInfo(test.minutes, test.passPercent) }}</p>
          @if (test.passedAt; as passedAt) {
            <p class="done-mark">✓ {{ t().closingTestPassed(dates.date(passedAt)) }}</p>
            @if (detail.certificateId) {
              <p>
                <a [routerLink]="myLearningLink">{{ t().certificateReady }}</a>
              </p>
            }
          } @else {
            <p>
              <a
                class="lr-button lr-button-outlined"
                [routerLink]="closingTestLink()"
                data-testid="closing-test-link"
                >{{ t().toClosingTest }}</a
              >
            </p>
          }
        </section>
      }
      <section class="panel" aria-labelledby="sources-title">
        <h2 id="sources-title">{{ t().sourcesTitle }}</h2>
        <ul>
          @for (source of detail.sources; track $index) {
            <li>
              @if (source.url) {
                <a [href]="source.url" rel="noopener" target="_blank">{{ source.title }}</a>
              } @else {
                {{ source.title }}
              }
              @if (source.author || source.publisher || source.year) {
                <span class="muted">
                  ·
                  {{
                    [source.author, source.publisher, source.year].filter(present).join(', ')
                  }}</span
                >
              }
              @if (source.note) {
                <br /><span class="muted">{{ source.note }}</span>
              }
            </li>
          }
        </ul>
        <h3>{{ t().colophonTitle }}</h3>
        <div class="colophon" [innerHTML]="detail.colophonHtml | contentHtml"></div>
      </section>
    }
    <lr-load-state [resource]="module" [back]="{ link: catalogueLink, label: t().allModules }" />
  `,
  styleUrl: './learning-pages.scss',
})
export class ModulePage {
  private readonly api = inject(LearningApi);
  private readonly pageTitle = inject(PageTitle);
  protected readonly t = injectTexts(learningTexts);
  protected readonly catalogueLink = link(appPaths.catalogue);
  protected readonly myLearningLink = link(appPaths.myLearning);
  protected readonly dates = injectDateFormat();
  protected readonly present = (value: unknown) => value !== undefined && value !== '';

  readonly moduleSlug = input.required<string>();

  protected readonly module = rxResource({
    params: () => this.moduleSlug(),
    stream: ({ params }) => this.api.module(params),
  });
  /** The browser title names the module once it is loaded. */
  private readonly titled = effect(() => {
    if (this.module.hasValue()) this.pageTitle.subject.set(this.module.value().title);
  });

  /** Start at the first lesson, continue at the last one opened, or look again from the start. */
  protected readonly continueLink = computed(() => {
    if (!this.module.hasValue()) return null;
    const detail = this.module.value();
    const first = detail.lessons[0]?.slug;
    if (!first) return null;
    switch (detail.progress.status) {
      case 'not_started':
        return { link: this.lessonLink(first), label: this.t().start };
      case 'in_progress':
        return {
          link: this.lessonLink(detail.progress.lastLessonSlug ?? first),
          label: this.t().continue,
        };
      case 'completed':
        return { link: this.lessonLink(first), label: this.t().review };
    }
  });

  protected closingTestLink(): string {
    return link(appPaths.closingTest, { moduleSlug: this.moduleSlug() });
  }

  protected lessonLink(lessonSlug: string): string {
    return link(appPaths.lesson, { moduleSlug: this.moduleSlug(), lessonSlug });
  }
}
