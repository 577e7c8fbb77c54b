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
};
