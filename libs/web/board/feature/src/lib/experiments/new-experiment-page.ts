import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { ExperimentDetail } from '@leerruimte/shared-contracts';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { Breadcrumb, StatusIndicator } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { boardTexts } from '../board.texts';
import { ExperimentForm } from './experiment-form';
import { experimentTexts } from './experiments.texts';

/**
 * A new experiment. `?vraag=`, `?casus=` and `?vorige=` link it to the why-question, case or
 * previous experiment it comes from; a next cycle starts from the previous plan.
 */
@Component({
  selector: 'lr-new-experiment-page',
  imports: [Breadcrumb, ExperimentForm, RouterLink, StatusIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[
        { label: common().board, link: links().board },
        { label: common().experiments, link: links().experiments },
      ]"
      [current]="t().newTitle"
    />
    <section class="panel" aria-labelledby="new-experiment-title">
      <h1 id="new-experiment-title">{{ t().newTitle }}</h1>
      <p>{{ t().newIntro }}</p>
      @if (question.hasValue()) {
        <p data-testid="linked-question">
          {{ t().fromQuestion }}:
          <a class="user-text" [routerLink]="links().question">{{ question.value().question }}</a>
        </p>
      }
      @if (linkedCase.hasValue()) {
        <p>
          {{ t().fromCase }}:
          <a class="user-text" [routerLink]="links().case">{{ linkedCase.value().title }}</a>
        </p>
      }
      @if (previous.hasValue()) {
        <p data-testid="previous-experiment">
          {{ t().followUpOf }}:
          <a class="user-text" [routerLink]="links().previous">{{ previous.value().title }}</a>
        </p>
      }
      @if (vorige() && previous.isLoading()) {
        <lr-status-indicator state="pending">{{ common().loading }}</lr-status-indicator>
      } @else {
        <lr-experiment-form
          [teamId]="teamId()"
          [origin]="origin()"
          [startFrom]="previous.hasValue() ? previous.value() : undefined"
          (saved)="open($event)"
        />
      }
    </section>
  `,
  styleUrl: '../board-pages.scss',
})
export class NewExperimentPage {
  private readonly api = inject(BoardApi);
  private readonly router = inject(Router);
  protected readonly t = injectTexts(experimentTexts);
  protected readonly common = injectTexts(boardTexts);

  readonly teamId = input.required<string>();
  /** Query parameters: the why-question, case or previous experiment this one comes from. */
  readonly vraag = input<string>();
  readonly casus = input<string>();
  readonly vorige = input<string>();

  protected readonly origin = computed(() => ({
    ...(this.vraag() && { whyQuestionId: this.vraag() }),
    ...(this.casus() && { caseId: this.casus() }),
    ...(this.vorige() && { previousExperimentId: this.vorige() }),
  }));

  protected readonly question = rxResource({
    params: () =>
      this.vraag() ? { teamId: this.teamId(), id: this.vraag() as string } : undefined,
    stream: ({ params }) => this.api.whyQuestion(params.teamId, params.id),
  });
  protected readonly linkedCase = rxResource({
    params: () =>
      this.casus() ? { teamId: this.teamId(), id: this.casus() as string } : undefined,
    stream: ({ params }) => this.api.case(params.teamId, params.id),
  });
  protected readonly previous = rxResource({
    params: () =>
      this.vorige() ? { teamId: this.teamId(), id: this.vorige() as string } : undefined,
    stream: ({ params }) => this.api.experiment(params.teamId, params.id),
  });

  protected readonly links = computed(() => {
    const teamId = this.teamId();
    return {
      board: link(appPaths.teamBoard, { teamId }),
      experiments: link(appPaths.experiments, { teamId }),
      question: this.vraag()
        ? link(appPaths.whyQuestion, { teamId, questionId: this.vraag() as string })
        : '',
      case: this.casus() ? link(appPaths.case, { teamId, caseId: this.casus() as string }) : '',
      previous: this.vorige()
        ? link(appPaths.experiment, { teamId, experimentId: this.vorige() as string })
        : '',
    };
  });

  protected async open(experiment: ExperimentDetail): Promise<void> {
    await this.router.navigateByUrl(
      link(appPaths.experiment, { teamId: this.teamId(), experimentId: experiment.id }),
    );
  }
}
