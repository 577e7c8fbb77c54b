import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type ExperimentStatus, experimentDecisions } from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { boardTexts } from '../board.texts';
import { experimentTexts } from './experiments.texts';

const steps = ['idea', 'planned', 'running', 'evaluating', 'decision'] as const;

/**
 * Where an experiment stands: idee → gepland → loopt → evalueren → besluit. The current step
 * is named in text and marked for screen readers, not only by colour.
 */
@Component({
  selector: 'lr-experiment-stepper',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="stepper" [attr.aria-label]="t().stepperLabel" data-testid="experiment-stepper">
      @for (step of view(); track step.key) {
        <li
          [class.done]="step.state === 'done'"
          [class.current]="step.state === 'current'"
          [attr.aria-current]="step.state === 'current' ? 'step' : null"
        >
          <span class="marker" aria-hidden="true">{{
            step.state === 'done' ? '✓' : $index + 1
          }}</span>
          <span class="label">{{ step.label }}</span>
          @if (step.state === 'current') {
            <span class="lr-visually-hidden">{{ t().currentStep }}</span>
          } @else if (step.state === 'done') {
            <span class="lr-visually-hidden">{{ t().doneStep }}</span>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .stepper {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: var(--lr-space-2) var(--lr-space-4);
      padding: 0;
      margin: 0;
    }
    li {
      display: inline-flex;
      align-items: center;
      gap: var(--lr-space-2);
      color: var(--lr-color-ink-muted);
    }
    li + li::before {
      content: '→';
      color: var(--lr-color-ink-muted);
    }
    .marker {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 1.75rem;
      height: 1.75rem;
      border-radius: 50%;
      border: 2px solid currentColor;
      font-weight: 600;
    }
    .done {
      color: var(--lr-color-ink);
    }
    .current {
      color: var(--lr-color-ink);
      font-weight: 700;
    }
    .current .marker {
      background: var(--lr-color-brand);
      border-color: var(--lr-color-brand);
      color: #fff;
    }
  `,
})
export class ExperimentStepper {
  protected readonly t = injectTexts(experimentTexts);
  private readonly common = injectTexts(boardTexts);

  readonly status = input.required<ExperimentStatus>();

  protected readonly view = computed(() => {
    const status = this.status();
    const decided = (experimentDecisions as readonly string[]).includes(status);
    const current = decided ? steps.length - 1 : steps.indexOf(status as (typeof steps)[number]);
    return steps.map((key, index) => ({
      key,
      label:
        key === 'decision'
          ? decided
            ? `${this.t().stepDecision}: ${this.common().experimentStatuses[status]}`
            : this.t().stepDecision
          : this.common().experimentStatuses[key],
      state: index < current ? 'done' : index === current ? 'current' : 'todo',
    }));
  });
}
