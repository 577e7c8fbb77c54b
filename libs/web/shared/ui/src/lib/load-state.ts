import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';
import { httpStatus } from '@leerruimte/web-shared-util';
import { Notice } from './notice';
import { StatusIndicator } from './status-indicator';
import { Unavailable, type UnavailableBack } from './unavailable';

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
 * A page's data while it loads: a spinner, or what went wrong, announced to screen readers.
 * Something that does not exist (404) or is not yours (403) says so, with a way back and no
 * retry, as trying again would not help; other failures offer a retry. Once there is data it
 * shows its content (the page guards what it reads).
 */
@Component({
  selector: 'lr-load-state',
  imports: [Notice, StatusIndicator, Unavailable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div aria-live="polite">
      <ng-content />
      @if (!resource().hasValue()) {
        @switch (failure()) {
          @case ('none') {
            <lr-status-indicator state="pending">{{ t().loading }}</lr-status-indicator>
          }
          @case ('failed') {
            <lr-notice tone="danger">
              {{ t().failed }}
              <button class="lr-button" type="button" (click)="resource().reload()">
                {{ t().retry }}
              </button>
            </lr-notice>
          }
          @case ('not-found') {
            <lr-unavailable reason="not-found" [back]="back()" />
          }
          @case ('forbidden') {
            <lr-unavailable reason="forbidden" [back]="back()" />
          }
        }
      }
    </div>
  `,
})
export class LoadState {
  readonly resource = input.required<LoadingResource>();
  /** The page to offer when the subject does not exist or is not yours. */
  readonly back = input<UnavailableBack>();
  protected readonly t = injectTexts(texts);

  protected readonly failure = computed(() => {
    const error = this.resource().error();
    if (!error) return 'none';
    const status = httpStatus(error);
    return status === 404 ? 'not-found' : status === 403 ? 'forbidden' : 'failed';
  });
}
