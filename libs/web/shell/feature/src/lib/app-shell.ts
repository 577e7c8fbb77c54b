import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { shellTexts } from './shell.texts';

/**
 * The frame every page lives in: skip link, header with navigation, the language switch, and
 * places for the team switcher and the user menu (filled once people can log in).
 */
@Component({
  selector: 'lr-app-shell',
  imports: [RouterLink, RouterLinkActive, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-shell.html',
  styleUrl: './app-shell.scss',
})
export class AppShell {
  private readonly localeService = inject(LocaleService);
  protected readonly t = injectTexts(shellTexts);
  protected readonly startLink = link(appPaths.start);
  protected readonly otherLocale = computed(() =>
    this.localeService.locale() === 'nl' ? 'en' : 'nl',
  );

  protected switchLanguage(): void {
    this.localeService.use(this.otherLocale());
  }
}
