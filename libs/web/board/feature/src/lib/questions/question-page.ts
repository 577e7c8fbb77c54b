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
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  type WhyQuestionDetail,
  discussedRequestSchema,
  whyAnswerRequestSchema,
  whyChainMaxDepth,
} from '@leerruimte/shared-contracts';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  Breadcrumb,
  Draft,
  FieldErrors,
  formAction,
  FormBehaviour,
  FormProblem,
  guardedText,
  LoadState,
  Notice,
  PrivacyFindings,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { PageTitle, appPaths, link } from '@leerruimte/web-shared-util';
import { boardTexts } from '../board.texts';
import { injectViewer } from '../shared/board-context';
import { HideItem } from '../shared/hide-item';
import { QuestionForm } from './question-form';
import { questionTexts } from './questions.texts';
import { VoteButton } from './vote-button';

/**
 * One why-question: its place in the "vijf keer waarom" chain, votes, the team's answers, and
 * for whoever may: the agenda, the conclusion, and turning it into an experiment.
 */
@Component({
  selector: 'lr-question-page',
  imports: [
    Breadcrumb,
    Draft,
    FieldErrors,
    FormBehaviour,
    FormProblem,
    HideItem,
    LoadState,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    PrivacyFindings,
    QuestionForm,
    ReactiveFormsModule,
    RouterLink,
    VoteButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-page.html',
  styleUrl: '../board-pages.scss',
})
export class QuestionPage {
  private readonly api = inject(BoardApi);
  private readonly router = inject(Router);
  private readonly pageTitle = inject(PageTitle);
  protected readonly t = injectTexts(questionTexts);
  protected readonly common = injectTexts(boardTexts);
  protected readonly dates = injectDateFormat();
  protected readonly maxDepth = whyChainMaxDepth;
  protected readonly answerAction = formAction();
  protected readonly discussionAction = formAction();

  readonly teamId = input.required<string>();
  readonly questionId = input.required<string>();

  protected readonly viewer = injectViewer(() => this.teamId());
  protected readonly question = rxResource({
    params: () => ({ teamId: this.teamId(), questionId: this.questionId() }),
    stream: ({ params }) => this.api.whyQuestion(params.teamId, params.questionId),
  });
  protected readonly editing = signal(false);
  protected readonly askingDeeper = signal(false);
  protected readonly message = signal<string | null>(null);

  protected readonly isAuthor = computed(
    () =>
      this.question.hasValue() &&
      this.question.value().author.userId !== null &&
      this.question.value().author.userId === this.viewer.userId(),
  );

  /** Long questions are shortened in the breadcrumb; the heading shows them whole. */
  protected readonly crumb = computed(() => {
    if (!this.question.hasValue()) return '';
    const question = this.question.value();
    if (question.hidden) return this.common().hiddenTitle;
    return question.question.length > 60 ? `${question.question.slice(0, 59)}…` : question.question;
  });

  protected readonly answerForm = new FormGroup({
    text: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(whyAnswerRequestSchema.shape.text)],
    }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  protected readonly answerText = guardedText(this.answerForm, ['text']);

  protected readonly discussedForm = new FormGroup({
    conclusion: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(discussedRequestSchema.shape.conclusion)],
    }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  protected readonly conclusionText = guardedText(this.discussedForm, ['conclusion']);

  protected readonly links = computed(() => {
    const teamId = this.teamId();
    return {
      board: link(appPaths.teamBoard, { teamId }),
      questions: link(appPaths.whyQuestions, { teamId }),
      newExperiment: link(appPaths.newExperiment, { teamId }),
    };
  });

  constructor() {
    effect(() => {
      if (this.question.hasValue()) {
        const question = this.question.value();
        this.pageTitle.subject.set(question.hidden ? this.common().hiddenTitle : question.question);
      }
    });
  }

  protected questionLink(questionId: string): string {
    return link(appPaths.whyQuestion, { teamId: this.teamId(), questionId });
  }

  protected caseLink(caseId: string): string {
    return link(appPaths.case, { teamId: this.teamId(), caseId });
  }

  protected experimentLink(experimentId: string): string {
    return link(appPaths.experiment, { teamId: this.teamId(), experimentId });
  }

  protected show(question: WhyQuestionDetail): void {
    this.question.value.set(question);
  }

  protected edited(question: WhyQuestionDetail): void {
    this.show(question);
    this.editing.set(false);
    this.message.set(this.common().saved);
  }

  protected async openDeeper(question: WhyQuestionDetail): Promise<void> {
    this.askingDeeper.set(false);
    await this.router.navigateByUrl(this.questionLink(question.id));
  }

  protected async answer(): Promise<void> {
    const { text, confirmedNotClientData } = this.answerForm.getRawValue();
    const question = await this.answerAction.run(
      () =>
        firstValueFrom(
          this.api.answerWhy(this.teamId(), this.questionId(), {
            text,
            ...(confirmedNotClientData && { confirmedNotClientData }),
          }),
        ),
      { form: this.answerForm },
    );
    if (question) {
      this.show(question);
      this.answerForm.reset();
      this.message.set(this.t().answerAdded);
    }
  }

  protected async setAgenda(onAgenda: boolean): Promise<void> {
    this.message.set(null);
    const question = await this.discussionAction.run(() =>
      firstValueFrom(this.api.setAgenda(this.teamId(), this.questionId(), { onAgenda })),
    );
    if (question) {
      this.show(question);
      this.message.set(onAgenda ? this.t().onAgendaNow : this.t().offAgendaNow);
    }
  }

  protected async markDiscussed(): Promise<void> {
    const { conclusion, confirmedNotClientData } = this.discussedForm.getRawValue();
    const question = await this.discussionAction.run(
      () =>
        firstValueFrom(
          this.api.markDiscussed(this.teamId(), this.questionId(), {
            conclusion,
            ...(confirmedNotClientData && { confirmedNotClientData }),
          }),
        ),
      { form: this.discussedForm },
    );
    if (question) {
      this.show(question);
      this.discussedForm.reset();
    }
  }
}
