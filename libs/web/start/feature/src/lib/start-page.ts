import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { RouterLink } from '@angular/router';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { startTexts } from './start.texts';

/** The start page for a visitor: what Leerruimte is, and the way in. */
@Component({
  selector: 'lr-start-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './start-page.html',
  styleUrl: './start-page.scss',
})
export class StartPage {
  protected readonly t = injectTexts(startTexts);
  protected readonly loginLink = link(appPaths.login);
  protected readonly cardsLink = link(appPaths.cards);
  protected readonly pillars = computed(() => {
    const { learn, ask, experiment, reflect, develop } = this.t().pillars;
    return [learn, ask, experiment, reflect, develop];
  });
}
