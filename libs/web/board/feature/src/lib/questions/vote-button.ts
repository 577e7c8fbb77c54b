import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { WhyQuestionDetail, WhyQuestionSummary } from '@leerruimte/shared-contracts';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { FormProblem, formAction } from '@leerruimte/web-shared-ui';
import { boardPageTexts } from '../board.texts';

/** The vote count of a why-question and the button to vote or withdraw (one vote per member). */
@Component({
  selector: 'lr-vote-button',
  imports: [FormProblem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="count" aria-live="polite" data-testid="vote-count">{{
      t().votes(question().votes)
    }}</span>
    <button
      class="lr-button lr-button-outlined"
      type="button"
      [attr.aria-label]="
        question().votedByMe
          ? t().unvoteLabel(question().question)
          : t().voteLabel(question().question)
      "
      [disabled]="action.busy()"
      (click)="toggle()"
    >
      {{ question().votedByMe ? t().unvote : t().vote }}
    </button>
    <lr-form-problem [action]="action" />
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--lr-space-2);
    }
    .count {
      font-weight: 600;
    }
  `,
})
export class VoteButton {
  private readonly api = inject(BoardApi);
  protected readonly t = injectTexts(boardPageTexts);
  protected readonly action = formAction();

  readonly teamId = input.required<string>();
  readonly question = input.required<WhyQuestionSummary>();
  readonly changed = output<WhyQuestionDetail>();

  protected async toggle(): Promise<void> {
    const question = this.question();
    const updated = await this.action.run(() =>
      firstValueFrom(this.api.vote(this.teamId(), question.id, !question.votedByMe)),
    );
    if (updated) this.changed.emit(updated);
  }
}
