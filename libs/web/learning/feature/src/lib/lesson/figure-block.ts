import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { LessonBlock } from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { learningTexts } from '../learning.texts';

let nextId = 0;

/**
 * An illustration of a model. In the column it is as wide as the text, which on a phone makes
 * its labels small; "Vergroten" shows it on its own, wider than the screen when that is needed
 * to read it, to pan with a finger or the arrow keys. A native dialog: Escape closes it and the
 * focus goes back to the button, without Material's dialog code on the lesson page.
 */
@Component({
  selector: 'lr-figure-block',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="block figure-box">
      <figure>
        <img [src]="source()" [alt]="block().alt" />
        @if (block().caption; as caption) {
          <figcaption [id]="captionId">{{ caption }}</figcaption>
        }
      </figure>
      <button
        #enlarge
        type="button"
        class="lr-button lr-button-outlined enlarge"
        [attr.aria-describedby]="block().caption ? captionId : null"
        (click)="open()"
      >
        <span aria-hidden="true">⤢</span> {{ t().enlargeFigure }}
      </button>
    </div>
    <dialog
      #viewer
      class="figure-viewer"
      [attr.aria-label]="block().caption ?? t().figure"
      (close)="closed()"
    >
      @if (shown()) {
        <div class="viewer-bar">
          <p class="viewer-title">{{ block().caption ?? t().figure }}</p>
          <button
            type="button"
            class="lr-button lr-button-outlined viewer-close"
            (click)="viewer.close()"
          >
            {{ t().closeFigure }}
          </button>
        </div>
        <!-- Focusable so that the arrow keys pan a figure wider than the screen. -->
        <div
          #canvas
          class="viewer-canvas"
          tabindex="0"
          role="region"
          [attr.aria-label]="t().figurePan"
        >
          <img [src]="source()" [alt]="block().alt" />
        </div>
      }
    </dialog>
  `,
  styleUrl: './figure-block.scss',
})
export class FigureBlock {
  protected readonly t = injectTexts(learningTexts);

  readonly block = input.required<Extract<LessonBlock, { kind: 'figure' }>>();

  private readonly viewer = viewChild.required<ElementRef<HTMLDialogElement>>('viewer');
  private readonly canvas = viewChild<ElementRef<HTMLElement>>('canvas');
  private readonly injector = inject(Injector);
  private readonly enlargeButton = viewChild.required<ElementRef<HTMLButtonElement>>('enlarge');
  /** The dialog's content is built when it opens: one copy of the image until then. */
  protected readonly shown = signal(false);

  protected readonly source = computed(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(this.block().svg)}`,
  );
  protected readonly captionId = `figure-caption-${nextId++}`;

  protected open(): void {
    this.shown.set(true);
    this.viewer().nativeElement.showModal();
    // A figure wider than the screen opens at its middle, where a model's title usually is.
    afterNextRender(
      () => {
        const canvas = this.canvas()?.nativeElement;
        if (canvas) canvas.scrollLeft = (canvas.scrollWidth - canvas.clientWidth) / 2;
      },
      { injector: this.injector },
    );
  }

  protected closed(): void {
    this.shown.set(false);
    this.enlargeButton().nativeElement.focus();
  }
}
