import { HttpStatus } from '@nestjs/common';
import { AppError } from '@leerruimte/api-core';

const blockNames: Record<string, { nl: string; en: string }> = {
  reflection: { nl: 'reflectievraag', en: 'reflection question' },
  check: { nl: 'kennischeck', en: 'knowledge check' },
  'self-assessment': { nl: 'zelfscan', en: 'self-assessment' },
};

export const learningErrors = {
  moduleNotFound: () =>
    new AppError(HttpStatus.NOT_FOUND, 'module_not_found', {
      nl: 'Deze module bestaat niet (meer).',
      en: 'This module does not exist (any more).',
    }),
  lessonNotFound: () =>
    new AppError(HttpStatus.NOT_FOUND, 'lesson_not_found', {
      nl: 'Deze les bestaat niet (meer).',
      en: 'This lesson does not exist (any more).',
    }),
  blockNotFound: (kind: string) =>
    new AppError(HttpStatus.NOT_FOUND, 'block_not_found', {
      nl: `Deze les heeft geen ${blockNames[kind]?.nl ?? 'onderdeel'} met dit id.`,
      en: `This lesson has no ${blockNames[kind]?.en ?? 'part'} with this id.`,
    }),
  optionNotFound: (count: number) =>
    new AppError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'option_not_found',
      {
        nl: `Kies een van de ${count} antwoorden.`,
        en: `Choose one of the ${count} answers.`,
      },
      [
        {
          field: 'option',
          code: 'option_not_found',
          text: {
            nl: `Kies een antwoord tussen 0 en ${count - 1}.`,
            en: `Choose an answer between 0 and ${count - 1}.`,
          },
        },
      ],
    ),
  scoresIncomplete: (missing: string[], unknown: string[]) =>
    new AppError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'scores_incomplete',
      {
        nl: 'Geef bij elke uitspraak van de zelfscan een score van 1 tot 5.',
        en: 'Give every statement of the self-assessment a score from 1 to 5.',
      },
      [
        ...missing.map((id) => ({
          field: `scores.${id}`,
          code: 'missing',
          text: {
            nl: 'Deze uitspraak heeft nog geen score.',
            en: 'This statement has no score yet.',
          },
        })),
        ...unknown.map((id) => ({
          field: `scores.${id}`,
          code: 'unknown_statement',
          text: {
            nl: 'Deze zelfscan heeft geen uitspraak met dit id.',
            en: 'This self-assessment has no statement with this id.',
          },
        })),
      ],
    ),
  cardNotFound: () =>
    new AppError(HttpStatus.NOT_FOUND, 'card_not_found', {
      nl: 'Dit kaartje bestaat niet (meer).',
      en: 'This card does not exist (any more).',
    }),
  checksNotPassed: (checks: Array<{ id: string; question: string }>) =>
    new AppError(
      HttpStatus.CONFLICT,
      'checks_not_passed',
      {
        nl: `Beantwoord eerst ${checks.length === 1 ? 'de kennischeck' : 'alle kennischecks'} van deze les goed; dan kun je de les afronden.`,
        en: `First answer ${checks.length === 1 ? 'the knowledge check' : 'all knowledge checks'} of this lesson correctly; then you can complete it.`,
      },
      checks.map((check) => ({
        field: `checks.${check.id}`,
        code: 'not_passed',
        text: { nl: `Nog niet goed: ${check.question}`, en: `Not right yet: ${check.question}` },
      })),
    ),
  noClosingTest: () =>
    new AppError(HttpStatus.NOT_FOUND, 'closing_test_not_found', {
      nl: 'Deze module heeft geen afsluitende toets.',
      en: 'This module has no closing test.',
    }),
  closingTestClosed: () =>
    new AppError(HttpStatus.CONFLICT, 'closing_test_closed', {
      nl: 'Rond eerst alle lessen van de module af; daarna kun je de afsluitende toets maken.',
      en: 'First complete every lesson of the module; then you can take the closing test.',
    }),
  closingTestWait: (nextAttemptAt: Date) =>
    new AppError(HttpStatus.CONFLICT, 'closing_test_wait', {
      nl: `Je kunt de toets opnieuw maken vanaf ${nextAttemptAt.toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' })}.`,
      en: `You can take the test again from ${nextAttemptAt.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' })}.`,
    }),
  closingTestPassed: () =>
    new AppError(HttpStatus.CONFLICT, 'closing_test_passed', {
      nl: 'Je bent al geslaagd voor deze toets.',
      en: 'You have already passed this test.',
    }),
  answersIncomplete: (missing: string[], unknown: string[], outOfRange: string[]) =>
    new AppError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'answers_incomplete',
      {
        nl: 'Kies bij elke vraag van de toets één antwoord.',
        en: 'Choose one answer for every question of the test.',
      },
      [
        ...missing.map((id) => ({
          field: `answers.${id}`,
          code: 'missing',
          text: {
            nl: 'Deze vraag heeft nog geen antwoord.',
            en: 'This question has no answer yet.',
          },
        })),
        ...unknown.map((id) => ({
          field: `answers.${id}`,
          code: 'unknown_question',
          text: {
            nl: 'De toets heeft geen vraag met dit id.',
            en: 'The test has no question with this id.',
          },
        })),
        ...outOfRange.map((id) => ({
          field: `answers.${id}`,
          code: 'option_not_found',
          text: {
            nl: 'Deze vraag heeft geen antwoord met dit nummer.',
            en: 'This question has no answer with this number.',
          },
        })),
      ],
    ),
  certificateNotFound: () =>
    new AppError(HttpStatus.NOT_FOUND, 'certificate_not_found', {
      nl: 'Er is geen certificaat met deze code.',
      en: 'There is no certificate with this code.',
    }),
  certificatePdfNotReady: () =>
    new AppError(HttpStatus.CONFLICT, 'certificate_pdf_not_ready', {
      nl: 'Het certificaat wordt nog gemaakt. Probeer het over een minuut opnieuw.',
      en: 'The certificate is still being made. Try again in a minute.',
    }),
  certificateNotValid: () =>
    new AppError(HttpStatus.CONFLICT, 'certificate_not_valid', {
      nl: 'Dit certificaat is al ingetrokken of vervangen.',
      en: 'This certificate has already been revoked or replaced.',
    }),
  onlyLeadApprovesCards: () =>
    new AppError(HttpStatus.FORBIDDEN, 'not_team_lead', {
      nl: 'Alleen de teamleider kan een kaartje goedkeuren.',
      en: 'Only the team lead can approve a card.',
    }),
  onlyLeadRemovesCards: () =>
    new AppError(HttpStatus.FORBIDDEN, 'not_allowed', {
      nl: 'Alleen de teamleider kan een goedgekeurd kaartje weghalen.',
      en: 'Only the team lead can remove an approved card.',
    }),
};
