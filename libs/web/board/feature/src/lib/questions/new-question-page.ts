import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { WhyQuestionDetail } from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { boardTexts } from '../board.texts';
import { QuestionForm } from './question-form';
import { questionTexts } from './questions.texts';

/** A new why-question for the board; `?casus=` links it to a case from the start. */
@Component({
  selector: 'lr-new-question-page',
  imports: [QuestionForm, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="breadcrumb" [attr.aria-label]="common().breadcrumb">
      <ol>
        <li>
          <a [routerLink]="boardLink()">{{ common().board }}</a>
        </li>
        <li>
          <a [routerLink]="questionsLink()">{{ common().questions }}</a>
        </li>
        <li aria-current="page">{{ t().newTitle }}</li>
      </ol>
    </nav>
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
