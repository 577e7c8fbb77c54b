import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice } from './notice';

const texts = defineTexts(
  {
    notFound:
      'Dit bestaat niet, of niet meer. Misschien is het weggehaald, of klopt de link niet helemaal.',
    forbidden:
      'Dit is niet voor jou zichtbaar: het hoort bij een team of organisatie waar je geen toegang toe hebt.',
  },
  {
    notFound:
      'This does not exist, or no longer does. It may have been removed, or the link is not quite right.',
    forbidden:
      'This is not yours to see: it belongs to a team or organisation you have no access to.',
  },
);

/** Where to go from a page whose subject does not exist or is not yours: a page that does. */
export interface UnavailableBack {
  link: string;
  label: string;
}

/**
 * A page's subject that does not exist (404) or is not yours (403), with a way back. No retry:
 * trying again would not help.
 */
@Component({
  selector: 'lr-unavailable',
  imports: [Notice, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-notice tone="warning" data-testid="unavailable">
      <p>{{ reason() === 'not-found' ? t().notFound : t().forbidden }}</p>
      @if (back(); as back) {
        <p>
          <a [routerLink]="back.link">{{ back.label }}</a>
        </p>
      }
    </lr-notice>
  `,
  styles: `
    p {
      margin: 0;
    }
    p + p {
      margin-top: var(--lr-space-2);
    }
  `,
})
export class Unavailable {
  readonly reason = input.required<'not-found' | 'forbidden'>();
  readonly back = input<UnavailableBack>();
  protected readonly t = injectTexts(texts);
}
