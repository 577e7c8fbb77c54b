import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice } from './notice';
import { StatusIndicator } from './status-indicator';

const texts = defineTexts(
  {
    loading: 'Bezig met laden…',
    failed: 'Dit kon niet worden opgehaald. Probeer het opnieuw.',
    retry: 'Opnieuw proberen',
  },
  {
    loading: 'Loading…',
    failed: 'This could not be loaded. Please try again.',
    retry: 'Try again',
  },
);

/** What `LoadState` needs of an Angular resource. */
export interface LoadingResource {
  hasValue(): boolean;
  error(): unknown;
  reload(): boolean;
}

/**
 * A page's data while it loads: a spinner, or what went wrong with a retry button, announced
 * to screen readers. Once there is data it shows its content (the page guards what it reads).
 */
@Component({
  selector: 'lr-load-state',
  imports: [MatButtonModule, Notice, StatusIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div aria-live="polite">
      <ng-content />
      @if (!resource().hasValue()) {
        @if (resource().error()) {
          <lr-notice tone="danger">
            {{ t().failed }}
            <button mat-button type="button" (click)="resource().reload()">{{ t().retry }}</button>
          </lr-notice>
        } @else {
          <lr-status-indicator state="pending">{{ t().loading }}</lr-status-indicator>
        }
      }
    </div>
  `,
})
export class LoadState {
  readonly resource = input.required<LoadingResource>();
  protected readonly t = injectTexts(texts);
}
