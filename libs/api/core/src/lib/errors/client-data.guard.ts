import { HttpStatus } from '@nestjs/common';
import {
  type ClientDataKind,
  clientDataExplanations,
  findClientData,
} from '@leerruimte/shared-privacy';
import { AppError } from './app-error';

/**
 * The API side of the privacy guard: refuses free text that could identify a client with a 422
 * naming each fragment and why, unless the author confirmed it is not client data. Returns the
 * kinds that were found (and confirmed), for the caller to record with the text.
 */
export function guardClientData(
  text: string,
  field: string,
  confirmedNotClientData = false,
): ClientDataKind[] {
  const findings = findClientData(text);
  if (findings.length === 0 || confirmedNotClientData) {
    return [...new Set(findings.map((finding) => finding.kind))];
  }
  throw new AppError(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'possible_client_data',
    {
      nl: 'Je tekst bevat iets wat een cliënt kan identificeren. Pas het aan, of bevestig dat het geen gegevens van een cliënt zijn.',
      en: 'Your text contains something that could identify a client. Rephrase it, or confirm it is not client data.',
    },
    findings.map((finding) => ({
      field,
      code: finding.kind,
      text: {
        nl: `“${finding.fragment}” ${clientDataExplanations[finding.kind].nl}.`,
        en: `“${finding.fragment}” ${clientDataExplanations[finding.kind].en}.`,
      },
    })),
  );
}
