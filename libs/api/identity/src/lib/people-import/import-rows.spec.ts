import { importOutcome as outcomeOf } from '@leerruimte/shared-contracts';
import { classifyLines, membershipKey } from './import-rows';

const noord = 'team-noord';
const context = {
  teams: new Map([['wijkteam noord', noord]]),
  members: new Map([[membershipKey(noord, 'lid@gemeente.nl'), 'professional' as const]]),
  openInvitations: new Map([
    [membershipKey(noord, 'uitgenodigd@gemeente.nl'), 'team_lead' as const],
  ]),
  accounts: new Set(['lid@gemeente.nl', 'elders@gemeente.nl']),
};
const line = (
  values: Partial<{ name: string; email: string; team: string; role: string }>,
  n = 2,
) => ({
  line: n,
  name: 'Iemand',
  email: 'nieuw@gemeente.nl',
  team: 'Wijkteam Noord',
  role: '',
  ...values,
});

describe(classifyLines.name, () => {
  it('invites someone new, also with an account elsewhere, and reads Dutch role words', () => {
    const [newPerson, withAccount] = classifyLines(
      [
        line({ email: ' Nieuw@Gemeente.NL ' }),
        line({ email: 'elders@gemeente.nl', role: 'Teamleider' }, 3),
      ],
      context,
    );

    expect(newPerson).toMatchObject({
      email: 'nieuw@gemeente.nl',
      teamId: noord,
      role: 'professional',
      status: 'invite',
      existingAccount: false,
    });
    expect(withAccount).toMatchObject({
      role: 'team_lead',
      status: 'invite',
      existingAccount: true,
    });
  });

  it('sees members and open invitations: the same role is unchanged, another a role change', () => {
    const rows = classifyLines(
      [
        line({ email: 'lid@gemeente.nl', role: 'professional' }),
        line({ email: 'lid@gemeente.nl', team: 'wijkteam noord', role: 'teamleider' }, 3),
        line({ email: 'uitgenodigd@gemeente.nl', role: 'team_lead' }, 4),
      ],
      context,
    );

    expect(rows.map((row) => row.status)).toEqual(['unchanged', 'error', 'unchanged']);
    expect(rows[1]).toMatchObject({ problems: ['duplicate'], duplicateOf: 2 });
    const [changed] = classifyLines(
      [line({ email: 'lid@gemeente.nl', role: 'teamleider' })],
      context,
    );
    expect(changed.status).toBe('change_role');
  });

  it('names every problem of a line', () => {
    const [row] = classifyLines(
      [line({ name: '', email: 'geen-adres', team: 'Wijkteam Zuid', role: 'baas' })],
      context,
    );

    expect(row).toMatchObject({
      status: 'error',
      problems: ['missing_name', 'invalid_email', 'unknown_team', 'unknown_role'],
      existingAccount: false,
    });
  });
});

describe(outcomeOf.name, () => {
  it('acts on a row only as the chosen mode says, never on errors or rows left out', () => {
    expect(outcomeOf('invite', 'add', false)).toBe('invited');
    expect(outcomeOf('invite', 'update', false)).toBe('skipped');
    expect(outcomeOf('change_role', 'add', false)).toBe('skipped');
    expect(outcomeOf('change_role', 'add_and_update', false)).toBe('role_changed');
    expect(outcomeOf('change_role', 'update', false)).toBe('role_changed');
    expect(outcomeOf('unchanged', 'add_and_update', false)).toBe('unchanged');
    expect(outcomeOf('error', 'add_and_update', false)).toBe('skipped');
    expect(outcomeOf('invite', 'add', true)).toBe('skipped');
  });
});
