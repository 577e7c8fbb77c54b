import type { Locator, Page } from '@playwright/test';

/** The frame around every page: header, navigation, language switch. */
export class AppShell {
  readonly languageSwitch: Locator;
  readonly mainNavigation: Locator;
  readonly skipLink: Locator;
  readonly loginLink: Locator;
  readonly userMenu: Locator;
  readonly teamSwitcher: Locator;

  constructor(private readonly page: Page) {
    this.languageSwitch = page.locator('header button.language');
    this.mainNavigation = page.getByRole('navigation');
    this.skipLink = page.locator('.skip-link');
    this.loginLink = page.getByRole('link', { name: 'Inloggen' });
    this.userMenu = page.locator('header button.user-menu');
    this.teamSwitcher = page.getByLabel('Team');
  }

  async logOut(): Promise<void> {
    await this.userMenu.click();
    await this.page.getByRole('menuitem', { name: 'Uitloggen' }).click();
  }

  async switchLanguage(): Promise<void> {
    await this.languageSwitch.click();
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}
