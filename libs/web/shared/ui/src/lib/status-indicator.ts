import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export type IndicatorState = 'up' | 'down' | 'pending';

/** A state shown by icon shape and text, never by colour alone (WCAG 1.4.1). */
@Component({
  selector: 'lr-status-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="icon" aria-hidden="true">
      @switch (state()) {
        @case ('up') {
          <svg viewBox="0 0 24 24"><path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" /></svg>
        }
        @case ('down') {
          <svg viewBox="0 0 24 24">
            <path d="M12 2 1 21h22L12 2zm1 15h-2v-2h2v2zm0-4h-2V9h2v4z" />
          </svg>
        }
        @default {
          <svg viewBox="0 0 24 24" class="spin">
            <path d="M12 4V1L8 5l4 4V6a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z" />
          </svg>
        }
      }
    </span>
    <span class="label"><ng-content /></span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: var(--lr-space-2);
    }
    .icon svg {
      width: 1.25rem;
      height: 1.25rem;
      display: block;
      fill: currentColor;
    }
    :host([data-state='up']) .icon {
      color: var(--lr-color-success);
    }
    :host([data-state='down']) .icon {
      color: var(--lr-color-danger);
    }
    :host([data-state='pending']) .icon {
      color: var(--lr-color-ink-muted);
    }
    .spin {
      animation: spin 1.2s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spin {
        animation: none;
      }
    }
  `,
  host: { '[attr.data-state]': 'state()' },
})
export class StatusIndicator {
  readonly state = input.required<IndicatorState>();
}
