import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { adminTexts } from './admin.texts';

/**
 * Every action the API writes to the audit log, read from its source: `action: '…'` in an
 * `audit.record` call, or the action of `recordForOwnAccount(…, '…')`. A new action without
 * words here fails this test.
 */
function auditActionsInTheApi(): string[] {
  const sources = readdirSync(join(__dirname, '../../../../../api'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.includes('spec'));
  const actions = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(join(__dirname, '../../../../../api', file), 'utf8');
    for (const match of text.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)) actions.add(match[1]);
    for (const match of text.matchAll(/recordForOwnAccount\([^)]*'([a-z_]+\.[a-z_]+)'/g)) {
      actions.add(match[1]);
    }
  }
  return [...actions].sort();
}

const auditActions = auditActionsInTheApi();

describe('adminTexts.auditAction', () => {
  it('finds the actions in the API', () => {
    expect(auditActions).toEqual(
      expect.arrayContaining(['account.exported', 'board.item_hidden', 'training.checked_in']),
    );
  });

  it.each(auditActions)('puts %s in words, in Dutch and English', (action) => {
    for (const texts of [adminTexts.nl, adminTexts.en]) {
      const sut = texts.auditAction(action);
      expect(sut).not.toContain(action);
      expect(sut).toMatch(/^[A-Z]/);
    }
  });

  it('still writes a sentence for an action it does not know, with the code for support', () => {
    expect(adminTexts.nl.auditAction('account.renamed')).toBe(
      'Een wijziging die hier nog geen naam heeft (account.renamed)',
    );
    expect(adminTexts.en.auditAction('account.renamed')).toBe(
      'A change that has no name here yet (account.renamed)',
    );
  });
});
