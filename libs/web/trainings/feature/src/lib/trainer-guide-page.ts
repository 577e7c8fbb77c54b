import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { Breadcrumb, ContentHtml, LoadState } from '@leerruimte/web-shared-ui';
import { PageTitle, appPaths, link } from '@leerruimte/web-shared-util';
import { TrainingsApi } from '@leerruimte/web-trainings-data-access';
import { trainingTexts } from './trainings.texts';

/** A template's trainer guide for one session: for whoever plans and gives the training. */
@Component({
  selector: 'lr-trainer-guide-page',
  imports: [Breadcrumb, ContentHtml, LoadState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[{ label: t().back, link: trainingsLink() }]"
      [current]="guide.hasValue() ? guide.value().title : t().sessionGuide"
    />
    <article class="panel" aria-labelledby="guide-title">
      @if (guide.hasValue()) {
        @let view = guide.value();
        <p class="muted">{{ t().guideOf(view.templateTitle) }}</p>
        <h1 id="guide-title">{{ view.title }}</h1>
        <p class="muted">{{ t().guideIntro }}</p>
        <div class="lr-prose" [innerHTML]="view.html | contentHtml"></div>
      } @else {
        <h1 id="guide-title">{{ t().sessionGuide }}</h1>
      }
      <lr-load-state [resource]="guide" [back]="{ link: trainingsLink(), label: t().back }" />
    </article>
  `,
  styleUrl: './trainings-pages.scss',
})
export class TrainerGuidePage {
  private readonly api = inject(TrainingsApi);
  protected readonly t = injectTexts(trainingTexts);

  readonly teamId = input.required<string>();
  readonly templateSlug = input.required<string>();
  readonly guideSlug = input.required<string>();

  protected readonly guide = rxResource({
    params: () => ({
      teamId: this.teamId(),
      templateSlug: this.templateSlug(),
      guideSlug: this.guideSlug(),
    }),
    stream: ({ params }) => this.api.guide(params.teamId, params.templateSlug, params.guideSlug),
  });
  protected readonly trainingsLink = computed(() =>
    link(appPaths.trainings, { teamId: this.teamId() }),
  );

  constructor() {
    const pageTitle = inject(PageTitle);
    effect(() => {
      if (this.guide.hasValue()) pageTitle.subject.set(this.guide.value().title);
    });
  }
}
