import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { LessonCompletionResult } from '@leerruimte/shared-contracts';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
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
import { CardView } from '../cards/card-view';
import { CheckBlock } from './check-block';
import { FigureBlock } from './figure-block';
import { ReflectionBlock } from './reflection-block';
import { SelfAssessmentBlock } from './self-assessment-block';
import { BEAT_MS, ReadingActivity } from './reading-time';

/** What tells the reader the learner is still there. */
const INTERACTIONS = ['pointerdown', 'keydown', 'scroll', 'touchstart', 'wheel'] as const;

/** The lesson reader: text and blocks in one readable column, and a way to the next lesson. */
@Component({
  selector: 'lr-lesson-page',
  imports: [
    Breadcrumb,
    CardView,
    CheckBlock,
    ContentHtml,
    FigureBlock,
    FormProblem,
    LoadState,
    Notice,
    ReflectionBlock,
    RouterLink,
    SelfAssessmentBlock,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-page.html',
  // The pages' shared styles (breadcrumb, muted text), then the reader's own.
  styleUrls: ['../learning-pages.scss', './lesson-page.scss'],
})
export class LessonPage {
  private readonly api = inject(LearningApi);
  private readonly pageTitle = inject(PageTitle);
  protected readonly t = injectTexts(learningTexts);
  protected readonly action = formAction();
  protected readonly catalogueLink = link(appPaths.catalogue);

  readonly moduleSlug = input.required<string>();
  readonly lessonSlug = input.required<string>();

  protected readonly lesson = rxResource({
    params: () => ({ moduleSlug: this.moduleSlug(), lessonSlug: this.lessonSlug() }),
    stream: ({ params }) => this.api.lesson(params.moduleSlug, params.lessonSlug),
  });
  /** The browser title names the lesson once it is loaded. */
  private readonly titled = effect(() => {
    if (this.lesson.hasValue()) this.pageTitle.subject.set(this.lesson.value().title);
  });
  protected readonly completion = signal<LessonCompletionResult | null>(null);
  protected readonly moduleLink = computed(() =>
    link(appPaths.module, { moduleSlug: this.moduleSlug() }),
  );

  constructor() {
    // Opening a lesson starts the module and is where "verder waar je was" continues. It is
    // bookkeeping: the lesson reads fine if it fails, and the next visit records it again.
    effect((onCleanup) => {
      const subscription = this.api.visit(this.moduleSlug(), this.lessonSlug()).subscribe({
        error: () => undefined,
      });
      onCleanup(() => subscription.unsubscribe());
    });
    effect(() => {
      this.lessonSlug();
      this.completion.set(null);
    });
    this.measureReadingTime();
  }

  /**
   * Every half minute that the tab is visible and the learner did something in the last two
   * minutes, tells the API: that is the lesson's learning time. A new visit id per lesson opened.
   */
  private measureReadingTime(): void {
    const document = inject(DOCUMENT);
    const activity = new ReadingActivity(Date.now(), document.visibilityState === 'visible');
    let visitId = crypto.randomUUID();
    effect(() => {
      this.lessonSlug();
      visitId = crypto.randomUUID();
      activity.interacted(Date.now());
    });
    const interacted = () => activity.interacted(Date.now());
    const visibility = () =>
      activity.visibilityChanged(document.visibilityState === 'visible', Date.now());
    for (const event of INTERACTIONS) {
      document.addEventListener(event, interacted, { passive: true, capture: true });
    }
    document.addEventListener('visibilitychange', visibility);
    const timer = setInterval(() => {
      if (!activity.isReading(Date.now())) return;
      // Bookkeeping, like the visit: a lost beat is half a minute less, never an error to show.
      this.api
        .beat(this.moduleSlug(), this.lessonSlug(), visitId)
        .subscribe({ error: () => undefined });
    }, BEAT_MS);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(timer);
      for (const event of INTERACTIONS) {
        document.removeEventListener(event, interacted, { capture: true });
      }
      document.removeEventListener('visibilitychange', visibility);
    });
  }

  protected closingTestLink(): string {
    return link(appPaths.closingTest, { moduleSlug: this.moduleSlug() });
  }

  protected lessonLink(lessonSlug: string): string {
    return link(appPaths.lesson, { moduleSlug: this.moduleSlug(), lessonSlug });
  }

  protected async complete(): Promise<void> {
    const result = await this.action.run(() =>
      firstValueFrom(this.api.complete(this.moduleSlug(), this.lessonSlug())),
    );
    if (result) {
      this.completion.set(result);
      this.lesson.reload();
    }
  }
}
