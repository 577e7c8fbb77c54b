import type { Locator, Page } from '@playwright/test';

/** The frame around every page: header, navigation (a drawer on a phone), language switch. */
export class AppShell {
  readonly languageSwitch: Locator;
  readonly mainNavigation: Locator;
  readonly menuButton: Locator;
  readonly skipLink: Locator;
  readonly loginLink: Locator;
  readonly userMenu: Locator;
  readonly teamSwitcher: Locator;

  constructor(private readonly page: Page) {
    this.languageSwitch = page.locator('button.language');
    this.mainNavigation = page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ });
    this.menuButton = page.getByRole('button', { name: 'Menu', exact: true });
    this.skipLink = page.locator('.skip-link');
    this.loginLink = page.locator('header').getByRole('link', { name: 'Inloggen' });
    this.userMenu = page.locator('header button.user-menu');
    this.teamSwitcher = page.getByRole('combobox', { name: 'Team', exact: true });
  }

  async logOut(): Promise<void> {
    await this.userMenu.click();
    await this.page.getByRole('menuitem', { name: 'Uitloggen', exact: true }).click();
  }

  async switchLanguage(): Promise<void> {
    await this.languageSwitch.click();
  }

  /** On a phone the menu is a drawer behind the menu button; on a laptop it is always there. */
  async openMenu(): Promise<void> {
    if (await this.menuButton.isVisible()) {
      if ((await this.menuButton.getAttribute('aria-expanded')) !== 'true') {
        await this.menuButton.click();
      }
    }
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}
