import { HttpStatus } from '@nestjs/common';
import {
  type ClientDataKind,
  type FindClientDataOptions,
  clientDataExplanations,
  findClientData,
} from '@leerruimte/shared-privacy';
import { AppError, type FieldProblem } from './app-error';

/** What to store with a text the privacy guard let through: what it found and when confirmed. */
export interface PrivacyRecord {
  privacyFindings: ClientDataKind[] | null;
  privacyConfirmedAt: Date | null;
}

/**
 * Who is writing, as the guard needs to know it: the names of the author's colleagues (not
 * residents) and fragments their team knows are not client data. The same the web app uses.
 */
export type ClientDataContext = Pick<FindClientDataOptions, 'skipNames' | 'allow'>;

/**
 * The API side of the privacy guard, for several fields at once: refuses free text that could
 * identify a client with a 422 naming each fragment, its field and why, unless the author
 * confirmed it is not client data. Returns what to record with the text.
 */
export function guardClientTexts(
  fields: Record<string, string | undefined>,
  confirmedNotClientData = false,
  context: ClientDataContext = {},
  now = new Date(),
): PrivacyRecord {
  const problems: FieldProblem[] = [];
  const kinds = new Set<ClientDataKind>();
  for (const [field, text] of Object.entries(fields)) {
    for (const finding of findClientData(text ?? '', { ...context, now })) {
      kinds.add(finding.kind);
      problems.push({
        field,
        code: finding.kind,
        text: {
          nl: `“${finding.fragment}” ${clientDataExplanations[finding.kind].nl}.`,
          en: `“${finding.fragment}” ${clientDataExplanations[finding.kind].en}.`,
        },
      });
    }
  }
  if (problems.length === 0) return { privacyFindings: null, privacyConfirmedAt: null };
  if (confirmedNotClientData) return { privacyFindings: [...kinds], privacyConfirmedAt: now };
  throw new AppError(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'possible_client_data',
    {
      nl: 'Je tekst bevat iets wat een cliënt kan identificeren. Pas het aan, of bevestig dat het geen gegevens van een cliënt zijn.',
      en: 'Your text contains something that could identify a client. Rephrase it, or confirm it is not client data.',
    },
    problems,
  );
}

/** The same for one field; returns the kinds that were found (and confirmed). */
export function guardClientData(
  text: string,
  field: string,
  confirmedNotClientData = false,
  context: ClientDataContext = {},
): ClientDataKind[] {
  return guardClientTexts({ [field]: text }, confirmedNotClientData, context).privacyFindings ?? [];
}
