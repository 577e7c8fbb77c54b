import { HttpStatus } from '@nestjs/common';
import {
  type ClientDataKind,
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
 * The API side of the privacy guard, for several fields at once: refuses free text that could
 * identify a client with a 422 naming each fragment, its field and why, unless the author
 * confirmed it is not client data. Returns what to record with the text.
 */
export function guardClientTexts(
  fields: Record<string, string | undefined>,
  confirmedNotClientData = false,
  now = new Date(),
): PrivacyRecord {
  const problems: FieldProblem[] = [];
  const kinds = new Set<ClientDataKind>();
  for (const [field, text] of Object.entries(fields)) {
    for (const finding of findClientData(text ?? '')) {
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
): ClientDataKind[] {
  return guardClientTexts({ [field]: text }, confirmedNotClientData).privacyFindings ?? [];
}
