import { HttpStatus, NotFoundException } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from './app-error';
import { errorBodyFor } from './error.filter';
import { ZodValidationPipe } from './zod-validation.pipe';

function caught(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe(errorBodyFor.name, () => {
  it('lists each invalid field with a Dutch message', () => {
    const pipe = new ZodValidationPipe(z.strictObject({ title: z.string().max(10) }));
    const error = caught(() => pipe.transform({ title: 'Een veel te lange titel', extra: true }));

    const { status, body } = errorBodyFor(error, 'nl', 'req-1');

    expect(status).toBe(HttpStatus.BAD_REQUEST);
    expect(body).toEqual({
      code: 'validation_failed',
      message: 'Niet alle gegevens zijn goed ingevuld.',
      fields: [
        { field: 'title', code: 'too_big', message: 'Mag hoogstens 10 tekens lang zijn.' },
        { field: 'extra', code: 'unrecognized_keys', message: 'Dit veld is onbekend.' },
      ],
      correlationId: 'req-1',
    });
  });

  it('renders a domain error in the requested language', () => {
    const error = new AppError(HttpStatus.CONFLICT, 'team_name_taken', {
      nl: 'Er is al een team met deze naam.',
      en: 'A team with this name already exists.',
    });

    expect(errorBodyFor(error, 'en', 'req-2')).toEqual({
      status: HttpStatus.CONFLICT,
      body: {
        code: 'team_name_taken',
        message: 'A team with this name already exists.',
        correlationId: 'req-2',
      },
    });
  });

  it('maps framework errors to a known code', () => {
    expect(errorBodyFor(new NotFoundException(), 'nl', 'r').body.code).toBe('not_found');
    const badJson = Object.assign(new SyntaxError('Unexpected token'), { statusCode: 400 });
    expect(errorBodyFor(badJson, 'nl', 'r').body.code).toBe('bad_request');
  });

  it('hides the details of unexpected errors', () => {
    const { status, body } = errorBodyFor(new Error('password=geheim'), 'nl', 'req-3');

    expect(status).toBe(500);
    expect(body.code).toBe('internal_error');
    expect(JSON.stringify(body)).not.toContain('geheim');
  });
});
