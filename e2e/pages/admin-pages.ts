import type { Locator, Page } from '@playwright/test';

export class OrganisationTeamsPage {
  readonly inviteEmail: Locator;
  readonly inviteButton: Locator;
  readonly message: Locator;
  readonly pendingInvitations: Locator;

  constructor(private readonly page: Page) {
    this.inviteEmail = page.getByRole('textbox', { name: 'E-mailadres' });
    this.inviteButton = page.getByRole('button', { name: 'Uitnodiging versturen' });
    this.message = page.getByTestId('admin-message');
    this.pendingInvitations = page.getByRole('heading', { name: 'Openstaande uitnodigingen' });
  }

  async chooseTeam(name: string): Promise<void> {
    await this.page.getByLabel('Team om te beheren').selectOption({ label: name });
  }

  async invite(email: string): Promise<void> {
    await this.inviteEmail.fill(email);
    await this.inviteButton.click();
  }
}

export class OutboxPage {
  constructor(private readonly page: Page) {}

  /**
   * Opens the newest mail to this address (with this subject, when given) and returns the
   * address of its first link.
   */
  async linkInMailTo(recipient: string, subject?: string): Promise<string> {
    const mail = this.page
      .locator('details.mail', { hasText: recipient })
      .filter({ hasText: subject ?? recipient })
      .first();
    await mail.locator('summary').click();
    const href = await mail.getByRole('link').first().getAttribute('href');
    if (!href) throw new Error(`No link in the mail to ${recipient}`);
    return href;
  }
}

export class AcceptInvitationPage {
  readonly summary: Locator;

  constructor(private readonly page: Page) {
    this.summary = page.getByTestId('invitation-summary');
  }

  async acceptWithNewAccount(name: string, password: string): Promise<void> {
    await this.page.getByLabel('Naam').fill(name);
    await this.page.getByLabel('Wachtwoord').fill(password);
    await this.page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
  }
}
