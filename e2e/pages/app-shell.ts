import type { Locator, Page } from '@playwright/test';

/** The frame around every page: header, navigation, language switch. */
export class AppShell {
  readonly languageSwitch: Locator;
  readonly mainNavigation: Locator;
  readonly skipLink: Locator;

  constructor(private readonly page: Page) {
    this.languageSwitch = page.locator('header button.language');
    this.mainNavigation = page.getByRole('navigation');
    this.skipLink = page.locator('.skip-link');
  }

  async switchLanguage(): Promise<void> {
    await this.languageSwitch.click();
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}
