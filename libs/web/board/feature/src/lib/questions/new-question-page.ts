import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import type { WhyQuestionDetail } from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { Breadcrumb } from '@leerruimte/web-shared-ui';
import { boardTexts } from '../board.texts';
import { QuestionForm } from './question-form';
import { questionTexts } from './questions.texts';

/** A new why-question for the board; `?casus=` links it to a case from the start. */
@Component({
  selector: 'lr-new-question-page',
  imports: [Breadcrumb, QuestionForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[
        { label: common().board, link: boardLink() },
        { label: common().questions, link: questionsLink() },
      ]"
      [current]="t().newTitle"
    />
    <section class="panel" aria-labelledby="new-question-title">
      <h1 id="new-question-title">{{ t().newTitle }}</h1>
      <p>{{ t().newIntro }}</p>
      <lr-question-form [teamId]="teamId()" [caseId]="casus()" (saved)="open($event)" />
    </section>
  `,
  styleUrl: '../board-pages.scss',
})
export class NewQuestionPage {
  private readonly router = inject(Router);
  protected readonly t = injectTexts(questionTexts);
  protected readonly common = injectTexts(boardTexts);

  readonly teamId = input.required<string>();
  /** Query parameter: the case the question is about. */
  readonly casus = input<string>();

  protected readonly boardLink = computed(() =>
    link(appPaths.teamBoard, { teamId: this.teamId() }),
  );
  protected readonly questionsLink = computed(() =>
    link(appPaths.whyQuestions, { teamId: this.teamId() }),
  );

  protected async open(question: WhyQuestionDetail): Promise<void> {
    await this.router.navigateByUrl(
      link(appPaths.whyQuestion, { teamId: this.teamId(), questionId: question.id }),
    );
  }
}
