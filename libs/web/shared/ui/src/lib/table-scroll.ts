import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';

const texts = defineTexts(
  { hint: 'Schuif de tabel opzij om alle kolommen te zien.' },
  { hint: 'Scroll the table sideways to see every column.' },
);

/**
 * A wide table in a box of its own: it scrolls sideways inside the page (never the page
 * itself), says so in words when it does, shows a shadow on the side where more columns wait,
 * and takes keyboard focus so arrow keys scroll it. Give the table's first column
 * `position: sticky` to keep the row names in view.
 */
@Component({
  selector: 'lr-table-scroll',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (overflows()) {
      <p class="hint">{{ t().hint }}</p>
    }
    <div class="frame" [class.more-left]="moreLeft()" [class.more-right]="moreRight()">
      <div
        #scroller
        class="scroller"
        role="region"
        [attr.tabindex]="overflows() ? 0 : null"
        [attr.aria-labelledby]="labelledBy()"
        (scroll)="measure()"
      >
        <ng-content />
      </div>
    </div>
  `,
  styles: `
    :host {
      display: block;
      max-width: 100%;
    }
    .hint {
      margin: 0 0 var(--lr-space-1);
      font-size: var(--lr-font-size-s);
      color: var(--lr-color-ink-muted);
    }
    .frame {
      position: relative;
    }
    .frame::before,
    .frame::after {
      content: '';
      position: absolute;
      top: 0;
      bottom: 0;
      width: 1rem;
      pointer-events: none;
      opacity: 0;
      transition: opacity 0.15s;
      z-index: 2;
    }
    .frame::before {
      left: 0;
      background: linear-gradient(to right, rgb(0 0 0 / 18%), transparent);
    }
    .frame::after {
      right: 0;
      background: linear-gradient(to left, rgb(0 0 0 / 18%), transparent);
    }
    .frame.more-left::before,
    .frame.more-right::after {
      opacity: 1;
    }
    /* Positioned, so visually hidden labels inside the table scroll (and clip) with it. */
    .scroller {
      position: relative;
      overflow-x: auto;
      max-width: 100%;
    }
    .scroller:focus-visible {
      outline: 3px solid var(--lr-color-focus);
      outline-offset: 2px;
    }
  `,
})
export class TableScroll {
  /** The id of the table's caption or heading, which names the scrolling region. */
  readonly labelledBy = input.required<string>();
  protected readonly t = injectTexts(texts);
  protected readonly overflows = signal(false);
  protected readonly moreLeft = signal(false);
  protected readonly moreRight = signal(false);
  private readonly scroller = viewChild.required<ElementRef<HTMLElement>>('scroller');

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      this.measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(() => this.measure());
      const element = this.scroller().nativeElement;
      observer.observe(element);
      if (element.firstElementChild) observer.observe(element.firstElementChild);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  protected measure(): void {
    const { scrollLeft, scrollWidth, clientWidth } = this.scroller().nativeElement;
    this.overflows.set(scrollWidth > clientWidth + 1);
    this.moreLeft.set(scrollLeft > 1);
    this.moreRight.set(scrollLeft + clientWidth < scrollWidth - 1);
  }
}
