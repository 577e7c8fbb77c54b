import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';

const texts = defineTexts({ label: 'Kruimelpad' }, { label: 'Breadcrumb' });

/** A page on the way to this one. */
export interface Crumb {
  label: string;
  link: string;
}

/**
 * Where this page sits: the pages above it as links, then this page (left out while its title
 * is still loading). A title someone typed may be long, so it wraps anywhere.
 */
@Component({
  selector: 'lr-breadcrumb',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav [attr.aria-label]="t().label">
      <ol>
        @for (crumb of trail(); track crumb.link) {
          <li>
            <a [routerLink]="crumb.link">{{ crumb.label }}</a>
          </li>
        }
        @if (current(); as here) {
          <li aria-current="page">{{ here }}</li>
        }
      </ol>
    </nav>
  `,
  styles: `
    ol {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: var(--lr-space-1);
      padding: 0;
      margin: 0;
      font-size: var(--lr-font-size-s);
    }
    li + li::before {
      content: '›';
      margin-right: var(--lr-space-1);
      color: var(--lr-color-ink-muted);
    }
    [aria-current] {
      overflow-wrap: anywhere;
    }
  `,
})
export class Breadcrumb {
  readonly trail = input.required<Crumb[]>();
  readonly current = input<string | undefined>();
  protected readonly t = injectTexts(texts);
}
