import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export type NoticeTone = 'info' | 'success' | 'warning' | 'danger';

/**
 * A message block. Warnings and errors are announced at once (role="alert"); other notices
 * politely (role="status").
 */
@Component({
  selector: 'lr-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ng-content />`,
  styles: `
    :host {
      display: block;
      padding: var(--lr-space-3) var(--lr-space-4);
      border-radius: var(--lr-radius);
      border-left: 0.375rem solid;
    }
    :host([data-tone='info']) {
      background: var(--lr-color-brand-soft);
      border-color: var(--lr-color-brand);
    }
    :host([data-tone='success']) {
      background: var(--lr-color-success-soft);
      border-color: var(--lr-color-success);
    }
    :host([data-tone='warning']) {
      background: var(--lr-color-warning-soft);
      border-color: var(--lr-color-warning);
    }
    :host([data-tone='danger']) {
      background: var(--lr-color-danger-soft);
      border-color: var(--lr-color-danger);
    }
  `,
  host: {
    '[attr.data-tone]': 'tone()',
    '[attr.role]': "tone() === 'danger' || tone() === 'warning' ? 'alert' : 'status'",
  },
})
export class Notice {
  readonly tone = input<NoticeTone>('info');
}
