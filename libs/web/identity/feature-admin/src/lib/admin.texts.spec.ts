import { adminTexts } from './admin.texts';

/** The actions the API writes to the audit log (grep libs/api for `audit.record`). */
const auditActions = [
  'organisation.created',
  'team.created',
  'member.role_changed',
  'member.removed',
  'invitation.sent',
  'invitation.accepted',
  'account.exported',
  'account.deleted',
  'two_factor.enabled',
  'two_factor.disabled',
  'two_factor.recovery_codes_renewed',
  'board.item_hidden',
  'outbox.read',
];

describe('adminTexts.auditAction', () => {
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
