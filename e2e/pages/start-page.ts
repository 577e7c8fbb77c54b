import type { Locator, Page } from '@playwright/test';

export class StartPage {
  readonly heading: Locator;
  readonly statusSummary: Locator;
  readonly statusSection: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.statusSection = page.getByTestId('platform-status');
    this.statusSummary = page.getByTestId('platform-status-summary');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
  }
}
