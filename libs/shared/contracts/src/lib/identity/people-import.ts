import { z } from 'zod';
import { roles } from './auth';

/** What can be uploaded: CSV (UTF-8 with or without BOM, or Windows-1252) and Excel. */
export const peopleImportFileTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export const PEOPLE_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const PEOPLE_IMPORT_MAX_ROWS = 5000;

/**
 * What importing does: add people (invitations), add and change roles, or only change roles of
 * people already in the team. Nobody is ever removed for missing from the file.
 */
export const peopleImportModes = ['add', 'add_and_update', 'update'] as const;
export type PeopleImportMode = (typeof peopleImportModes)[number];

/**
 * A row's status against what Leerruimte holds now: `invite` (not in the team yet),
 * `change_role` (in the team or invited with another role), `unchanged`, or `error`.
 */
export const peopleImportRowStatuses = ['invite', 'change_role', 'unchanged', 'error'] as const;
export type PeopleImportRowStatus = (typeof peopleImportRowStatuses)[number];

export const peopleImportProblems = [
  'missing_name',
  'invalid_email',
  'unknown_team',
  'unknown_role',
  'duplicate',
] as const;
export type PeopleImportProblem = (typeof peopleImportProblems)[number];

export const peopleImportRowSchema = z.object({
  /** The line in the file (the header is line 1). */
  line: z.number().int(),
  name: z.string(),
  email: z.string(),
  team: z.string(),
  role: z.enum(roles).nullable(),
  status: z.enum(peopleImportRowStatuses),
  problems: z.array(z.enum(peopleImportProblems)),
  /** For a duplicate: the line it repeats. */
  duplicateOf: z.number().int().nullable(),
  /** The address has an account here already (it joins when the invitation is accepted). */
  existingAccount: z.boolean(),
  skipped: z.boolean(),
  /** What the import did with the row, once it ran. */
  outcome: z.enum(['invited', 'role_changed', 'unchanged', 'skipped']).nullable(),
});

export const peopleImportSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  status: z.enum(['previewed', 'running', 'imported', 'failed']),
  mode: z.enum(peopleImportModes).nullable(),
  /** Rows handled so far while running, of `rows.length`. */
  processed: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  rows: z.array(peopleImportRowSchema),
  /** Invitations this import made that were not mailed yet. */
  invitationsToSend: z.number().int(),
  invitationsSent: z.number().int(),
});

export const startPeopleImportRequestSchema = z.strictObject({
  mode: z.enum(peopleImportModes),
  /** Lines the admin chose to leave out. */
  skipLines: z
    .array(
      z
        .number()
        .int()
        .min(2)
        .max(PEOPLE_IMPORT_MAX_ROWS + 1),
    )
    .max(PEOPLE_IMPORT_MAX_ROWS),
});

export type PeopleImportRow = z.infer<typeof peopleImportRowSchema>;

/**
 * What a row's status leads to in a mode (errors and rows left out are skipped): what the
 * worker does, and what the page counts on its button.
 */
export function importOutcome(
  status: PeopleImportRowStatus,
  mode: PeopleImportMode,
  skipped: boolean,
): NonNullable<PeopleImportRow['outcome']> {
  if (skipped || status === 'error') return 'skipped';
  if (status === 'unchanged') return 'unchanged';
  if (status === 'invite') return mode === 'update' ? 'skipped' : 'invited';
  return mode === 'add' ? 'skipped' : 'role_changed';
}
export type PeopleImport = z.infer<typeof peopleImportSchema>;

/**
 * How far an import, or the mailing of its invitations, is: what the page asks each second
 * while it waits, without the lines themselves.
 */
export const peopleImportProgressSchema = peopleImportSchema
  .pick({ status: true, processed: true, invitationsToSend: true, invitationsSent: true })
  .extend({
    /** How many lines the file has. */
    lines: z.number().int(),
  });
export type PeopleImportProgress = z.infer<typeof peopleImportProgressSchema>;
export type StartPeopleImportRequest = z.infer<typeof startPeopleImportRequestSchema>;

export const peopleImportUploadQuerySchema = z.strictObject({
  /** The file's name as the admin chose it, to recognise the import by. */
  fileName: z.string().trim().min(1).max(200),
});
export type PeopleImportUploadQuery = z.infer<typeof peopleImportUploadQuerySchema>;
