import { HttpStatus } from '@nestjs/common';
import { z } from 'zod';
import { AppError, type FieldProblem, type PrivacyRecord, notInTeam } from '@leerruimte/api-core';
import type { Author, Hidden } from '@leerruimte/shared-contracts';

/** The columns every board item's query selects about its author and moderation. */
export const peopleColumnsRow = z.object({
  author_id: z.string().nullable(),
  author_name: z.string().nullable(),
  hidden_at: z.date().nullable(),
  hidden_reason: z.string().nullable(),
  hidden_by_name: z.string().nullable(),
});

export type PeopleColumns = z.infer<typeof peopleColumnsRow>;

/** Select list for `PeopleColumns` of the item aliased `alias`; use with `peopleJoins`. */
export function peopleColumns(alias: string): string {
  return `${alias}.author_id, ${alias}_author.name AS author_name, ${alias}.hidden_at,
          ${alias}.hidden_reason, ${alias}_hider.name AS hidden_by_name`;
}

export function peopleJoins(alias: string): string {
  return `LEFT JOIN app_user ${alias}_author ON ${alias}_author.id = ${alias}.author_id
          LEFT JOIN app_user ${alias}_hider ON ${alias}_hider.id = ${alias}.hidden_by_id`;
}

export function authorOf(row: PeopleColumns): Author {
  return { userId: row.author_id, name: row.author_name };
}

export function hiddenOf(row: PeopleColumns): Hidden {
  return row.hidden_at
    ? {
        reason: row.hidden_reason ?? '',
        hiddenBy: row.hidden_by_name ?? '',
        hiddenAt: row.hidden_at.toISOString(),
      }
    : null;
}

/** A hidden item's text is shown to no one, also not through the API. */
export function shownText(row: PeopleColumns, text: string): string {
  return row.hidden_at ? '' : text;
}

/**
 * The privacy record after adding a text (a conclusion, an evaluation) to an item: what the
 * guard found in the new text joins what the author confirmed earlier; nothing new, no change.
 */
export function withEarlierFindings(
  item: { privacyFindings: string[] | null },
  added: PrivacyRecord,
): Partial<PrivacyRecord> {
  if (!added.privacyFindings) return {};
  return {
    privacyFindings: [
      ...new Set([...(item.privacyFindings ?? []), ...added.privacyFindings]),
    ] as PrivacyRecord['privacyFindings'],
    privacyConfirmedAt: added.privacyConfirmedAt,
  };
}

export const boardErrors = {
  notAuthor: () =>
    new AppError(HttpStatus.FORBIDDEN, 'not_author', {
      nl: 'Alleen wie dit schreef kan het aanpassen.',
      en: 'Only its author can change this.',
    }),
  hidden: () =>
    new AppError(HttpStatus.CONFLICT, 'hidden', {
      nl: 'De teamleider heeft dit verborgen; je kunt er niets meer aan toevoegen.',
      en: 'The team lead hid this; nothing can be added to it any more.',
    }),
  notLead: () =>
    new AppError(HttpStatus.FORBIDDEN, 'not_team_lead', {
      nl: 'Alleen de teamleider kan dit doen.',
      en: 'Only the team lead can do this.',
    }),
  invalidLinks: (fields: FieldProblem[]) =>
    new AppError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'invalid_link',
      {
        nl: 'Een koppeling klopt niet: kies iets uit je eigen team.',
        en: 'A link is not right: choose something from your own team.',
      },
      fields,
    ),
  notInTeam,
};
