import type {
  PeopleImportProblem,
  PeopleImportRow,
  PeopleImportRowStatus,
  TeamRole,
} from '@leerruimte/shared-contracts';
import { emailSchema } from '@leerruimte/shared-contracts';
import type { FileLine } from './import-file';

/** What Leerruimte holds now that a row is compared with. Keys are `teamId email`. */
export interface ImportContext {
  /** The organisation's teams by lower-case name. */
  teams: ReadonlyMap<string, string>;
  members: ReadonlyMap<string, TeamRole>;
  openInvitations: ReadonlyMap<string, TeamRole>;
  accounts: ReadonlySet<string>;
}

export type ClassifiedRow = Omit<PeopleImportRow, 'skipped' | 'outcome'> & {
  teamId: string | null;
};

/** The words a file may use for a role, in Dutch or English; empty is a professional. */
const roleWords: Record<string, TeamRole> = {
  '': 'professional',
  professional: 'professional',
  professioneel: 'professional',
  medewerker: 'professional',
  team_lead: 'team_lead',
  teamlead: 'team_lead',
  'team lead': 'team_lead',
  teamleider: 'team_lead',
  teamcoach: 'team_lead',
};

export const membershipKey = (teamId: string, email: string) => `${teamId} ${email}`;

export function normalisedEmail(text: string): string {
  return text
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
}

/** A valid line against what Leerruimte holds now: a member or open invitation, in which role. */
export function statusNow(
  context: ImportContext,
  teamId: string,
  email: string,
  role: TeamRole,
): Exclude<PeopleImportRowStatus, 'error'> {
  const key = membershipKey(teamId, email);
  const current = context.members.get(key) ?? context.openInvitations.get(key);
  return current === undefined ? 'invite' : current === role ? 'unchanged' : 'change_role';
}

/**
 * Compares each line with what Leerruimte holds: who would be invited, whose role would change,
 * what is already so, and what is wrong (each problem named, a repeated line pointing at the
 * first). The same file imported twice is unchanged the second time.
 */
export function classifyLines(lines: FileLine[], context: ImportContext): ClassifiedRow[] {
  const firstLine = new Map<string, number>();
  return lines.map((line) => {
    const email = normalisedEmail(line.email);
    const teamId = context.teams.get(line.team.toLowerCase()) ?? null;
    const role = roleWords[line.role.toLowerCase()] ?? null;
    const problems: PeopleImportProblem[] = [];
    if (!line.name) problems.push('missing_name');
    const validEmail = emailSchema.safeParse(email).success;
    if (!validEmail) problems.push('invalid_email');
    if (!teamId) problems.push('unknown_team');
    if (!role) problems.push('unknown_role');
    const duplicateKey = `${line.team.toLowerCase()} ${email}`;
    const duplicateOf = validEmail ? (firstLine.get(duplicateKey) ?? null) : null;
    if (duplicateOf !== null) problems.push('duplicate');
    else if (validEmail) firstLine.set(duplicateKey, line.line);

    const status: PeopleImportRowStatus =
      problems.length === 0 && teamId && role ? statusNow(context, teamId, email, role) : 'error';
    return {
      line: line.line,
      name: line.name.slice(0, 200),
      email: email.slice(0, 320),
      team: line.team.slice(0, 200),
      teamId,
      role,
      status,
      problems,
      duplicateOf,
      existingAccount: validEmail && context.accounts.has(email),
    };
  });
}
