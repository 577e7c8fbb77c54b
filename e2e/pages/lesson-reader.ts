import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Locator, type Page, expect } from '@playwright/test';
import { parse } from 'yaml';

/** The lesson reader: a lesson completes only once its knowledge checks are answered right. */
export class LessonReader {
  readonly complete: Locator;
  readonly completed: Locator;

  constructor(private readonly page: Page) {
    this.complete = page.getByRole('button', { name: 'Les afronden' });
    this.completed = page.getByTestId('lesson-completed');
  }

  /** Tries each option of each check in turn, as a learner would, until the answer is right. */
  async answerChecksRight(): Promise<void> {
    // The exercises load just after the text: wait until none is still a placeholder.
    await expect(this.page.locator('lr-lesson-page article')).toBeVisible();
    await expect(this.page.locator('.block-placeholder')).toHaveCount(0);
    const checks = this.page.locator('lr-check-block');
    for (let index = 0; index < (await checks.count()); index++) {
      const check = checks.nth(index);
      const options = check.getByRole('radio');
      for (let option = 0; option < (await options.count()); option++) {
        await options.nth(option).check();
        await check.getByRole('button', { name: 'Controleren' }).click();
        const feedback = check.getByTestId('check-feedback');
        await expect(feedback).toBeVisible();
        if ((await feedback.textContent())?.includes('Je antwoord is goed')) break;
      }
    }
  }
}

/** The right options of a module's closing test, by their text, from the content file. */
export function closingTestAnswers(moduleSlug: string): string[] {
  const file = join(__dirname, '../../content/modules', moduleSlug, 'closing-test.yaml');
  const test = parse(readFileSync(file, 'utf8')) as {
    questions: Array<{ options: Array<{ text: string; correct?: boolean }> }>;
  };
  return test.questions.map(
    (question) => question.options.find((option) => option.correct)?.text ?? '',
  );
}
