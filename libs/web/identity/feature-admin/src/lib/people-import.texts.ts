import type {
  PeopleImportMode,
  PeopleImportProblem,
  PeopleImportRow,
  PeopleImportRowStatus,
} from '@leerruimte/shared-contracts';
import { defineTexts, plural } from '@leerruimte/web-shared-i18n';

type Outcome = NonNullable<PeopleImportRow['outcome']>;

const statusNl: Record<PeopleImportRowStatus, string> = {
  invite: 'wordt uitgenodigd',
  change_role: 'rol wijzigt',
  unchanged: 'al zo',
  error: 'fout',
};
const statusEn: Record<PeopleImportRowStatus, string> = {
  invite: 'will be invited',
  change_role: 'role changes',
  unchanged: 'already so',
  error: 'error',
};
const problemNl: Record<PeopleImportProblem, string> = {
  missing_name: 'naam ontbreekt',
  invalid_email: 'geen geldig e-mailadres',
  unknown_team: 'onbekend team',
  unknown_role: 'onbekende rol',
  duplicate: 'dubbel',
};
const problemEn: Record<PeopleImportProblem, string> = {
  missing_name: 'name missing',
  invalid_email: 'not a valid e-mail address',
  unknown_team: 'unknown team',
  unknown_role: 'unknown role',
  duplicate: 'duplicate',
};
const outcomeNl: Record<Outcome, string> = {
  invited: 'uitgenodigd',
  role_changed: 'rol gewijzigd',
  unchanged: 'ongewijzigd',
  skipped: 'overgeslagen',
};
const outcomeEn: Record<Outcome, string> = {
  invited: 'invited',
  role_changed: 'role changed',
  unchanged: 'unchanged',
  skipped: 'skipped',
};
const modeNl: Record<PeopleImportMode, string> = {
  add: 'Alleen toevoegen: nieuwe mensen uitnodigen',
  add_and_update: 'Toevoegen en bijwerken: ook rollen wijzigen',
  update: 'Alleen bijwerken: rollen wijzigen van wie er al is',
};
const modeEn: Record<PeopleImportMode, string> = {
  add: 'Add only: invite new people',
  add_and_update: 'Add and update: change roles as well',
  update: 'Update only: change roles of who is there',
};

export const peopleImportTexts = defineTexts(
  {
    title: 'Mensen importeren',
    intro:
      'Breng een heel team in één keer binnen met een Excel- of CSV-bestand. De eerste regel noemt de kolommen naam, e-mail, team en rol (professional of teamleider; leeg is professional). Niemand wordt verwijderd omdat hij niet in het bestand staat.',
    chooseFile: 'Bestand kiezen',
    templateIntro: 'Nog geen lijst?',
    template: 'Download een voorbeeldbestand met jullie teamnamen',
    file: 'Bestand (.xlsx of .csv)',
    check: 'Bestand controleren',
    checking: 'Bezig met lezen…',
    noFile: 'Kies eerst een bestand.',
    previewTitle: (fileName: string) => `Controle van ${fileName}`,
    summary: {
      invite: (count: number) =>
        plural('nl', count, {
          one: '# persoon wordt uitgenodigd',
          other: '# mensen worden uitgenodigd',
        }),
      change_role: (count: number) =>
        plural('nl', count, { one: '# rol wijzigt', other: '# rollen wijzigen' }),
      unchanged: (count: number) =>
        plural('nl', count, { one: '# regel is al zo', other: '# regels zijn al zo' }),
      error: (count: number) =>
        plural('nl', count, { one: '# regel heeft een fout', other: '# regels hebben een fout' }),
    },
    errorsFile: 'Regels met fouten downloaden',
    errorsHint:
      'Verbeter ze in het bestand en laad het opnieuw; regels met een fout worden overgeslagen.',
    mode: 'Wat moet het importeren doen?',
    modes: modeNl,
    show: 'Toon',
    showAll: 'alle regels',
    showStatus: statusNl,
    line: 'Regel',
    name: 'Naam',
    email: 'E-mail',
    team: 'Team',
    role: 'Rol',
    status: 'Status',
    skip: 'Overslaan',
    skipLabel: (line: number) => `Regel ${line} overslaan`,
    roles: { professional: 'professional', team_lead: 'teamleider' },
    statuses: statusNl,
    problems: problemNl,
    duplicateOf: (line: number) => `dubbel (zie regel ${line})`,
    existingAccount: 'heeft al een account',
    more: (count: number) => `Nog ${count} regels tonen`,
    start: (count: number) => `Importeren (${count} ${count === 1 ? 'regel' : 'regels'})`,
    starting: 'Bezig…',
    nothingToDo: 'In deze keuze verandert er niets.',
    running: (done: number, total: number) => `Bezig met importeren: ${done} van ${total} regels`,
    doneTitle: 'Geïmporteerd',
    outcomes: outcomeNl,
    outcomeCount: (outcome: string, count: number) => `${count} ${outcome}`,
    failed:
      'Het importeren is mislukt. Niets is half gedaan gebleven dat niet klopt; probeer het opnieuw of vraag hulp.',
    sendIntro: (count: number) =>
      `${plural('nl', count, { one: '# uitnodiging is', other: '# uitnodigingen zijn' })} klaar maar nog niet verstuurd. Gebruikt je organisatie single sign-on, dan komt iemand ook zonder mail bij zijn team, de eerste keer dat hij inlogt.`,
    send: (count: number) =>
      `${plural('nl', count, { one: '# uitnodiging', other: '# uitnodigingen' })} versturen`,
    confirmSend: (count: number) =>
      `Ja, ${plural('nl', count, { one: '# uitnodiging', other: '# uitnodigingen' })} versturen`,
    cancel: 'Annuleren',
    sending: 'Bezig met versturen…',
    sent: (count: number) =>
      `${plural('nl', count, { one: '# uitnodiging', other: '# uitnodigingen' })} verstuurd.`,
    again: 'Nog een bestand importeren',
    loading: 'Bezig met laden…',
  },
  {
    title: 'Import people',
    intro:
      'Bring in a whole team at once with an Excel or CSV file. The first line names the columns name, e-mail, team and role (professional or team lead; empty is professional). Nobody is removed for not being in the file.',
    chooseFile: 'Choose a file',
    templateIntro: 'No list yet?',
    template: 'Download an example file with your team names',
    file: 'File (.xlsx or .csv)',
    check: 'Check file',
    checking: 'Reading…',
    noFile: 'Choose a file first.',
    previewTitle: (fileName: string) => `Check of ${fileName}`,
    summary: {
      invite: (count: number) =>
        plural('en', count, { one: '# person will be invited', other: '# people will be invited' }),
      change_role: (count: number) =>
        plural('en', count, { one: '# role changes', other: '# roles change' }),
      unchanged: (count: number) =>
        plural('en', count, { one: '# line is already so', other: '# lines are already so' }),
      error: (count: number) =>
        plural('en', count, { one: '# line has an error', other: '# lines have an error' }),
    },
    errorsFile: 'Download the lines in error',
    errorsHint: 'Mend them in the file and upload it again; lines in error are skipped.',
    mode: 'What should the import do?',
    modes: modeEn,
    show: 'Show',
    showAll: 'all lines',
    showStatus: statusEn,
    line: 'Line',
    name: 'Name',
    email: 'E-mail',
    team: 'Team',
    role: 'Role',
    status: 'Status',
    skip: 'Skip',
    skipLabel: (line: number) => `Skip line ${line}`,
    roles: { professional: 'professional', team_lead: 'team lead' },
    statuses: statusEn,
    problems: problemEn,
    duplicateOf: (line: number) => `duplicate (see line ${line})`,
    existingAccount: 'has an account already',
    more: (count: number) => `Show ${count} more lines`,
    start: (count: number) => `Import (${count} ${count === 1 ? 'line' : 'lines'})`,
    starting: 'Working…',
    nothingToDo: 'With this choice nothing changes.',
    running: (done: number, total: number) => `Importing: ${done} of ${total} lines`,
    doneTitle: 'Imported',
    outcomes: outcomeEn,
    outcomeCount: (outcome: string, count: number) => `${count} ${outcome}`,
    failed: 'The import failed. Try again or ask for help.',
    sendIntro: (count: number) =>
      `${plural('en', count, { one: '# invitation is', other: '# invitations are' })} ready but not sent yet. If your organisation uses single sign-on, someone joins their team without a mail too, the first time they sign in.`,
    send: (count: number) =>
      `Send ${plural('en', count, { one: '# invitation', other: '# invitations' })}`,
    confirmSend: (count: number) =>
      `Yes, send ${plural('en', count, { one: '# invitation', other: '# invitations' })}`,
    cancel: 'Cancel',
    sending: 'Sending…',
    sent: (count: number) =>
      `${plural('en', count, { one: '# invitation', other: '# invitations' })} sent.`,
    again: 'Import another file',
    loading: 'Loading…',
  },
);
