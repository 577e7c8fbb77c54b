import { HttpStatus } from '@nestjs/common';
import { AppError } from '@leerruimte/api-core';

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
      nl: `Deze les heeft geen ${kind === 'check' ? 'kennischeck' : 'reflectievraag'} met dit id.`,
      en: `This lesson has no ${kind === 'check' ? 'knowledge check' : 'reflection question'} with this id.`,
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
  cardNotFound: () =>
    new AppError(HttpStatus.NOT_FOUND, 'card_not_found', {
      nl: 'Dit kaartje bestaat niet (meer).',
      en: 'This card does not exist (any more).',
    }),
};
