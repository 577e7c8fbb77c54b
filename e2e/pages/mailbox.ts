import { expect, type Page } from '@playwright/test';
import { mailboxPort } from '../ports';

/** The demo mailbox `npm start` runs: mail as its recipient reads it, sent by the worker. */
export class Mailbox {
  constructor(private readonly page: Page) {}

  /**
   * Opens the recipient's mail, waits for the newest message (with this subject, when given)
   * and returns the address of its first link.
   */
  async linkInMailTo(recipient: string, subject?: string): Promise<string> {
    const inbox = `http://localhost:${mailboxPort}/?aan=${encodeURIComponent(recipient)}`;
    const mail = this.page.locator('article.mail', { hasText: subject ?? recipient }).first();
    // The worker sends the mail a moment after the action that caused it.
    await expect(async () => {
      await this.page.goto(inbox);
      await expect(mail).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 20_000 });
    const href = await mail.getByRole('link').first().getAttribute('href');
    if (!href) throw new Error(`No link in the mail to ${recipient}`);
    return href;
  }
}
