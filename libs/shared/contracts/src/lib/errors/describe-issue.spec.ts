import { z } from 'zod';
import { describeIssues } from './describe-issue';

const schema = z.strictObject({
  name: z.string().min(1).max(5),
  email: z.email(),
  age: z.number().int().min(18),
  role: z.enum(['professional', 'team_lead']),
});

function problems(input: unknown, locale: 'nl' | 'en' = 'nl') {
  const result = schema.safeParse(input);
  if (result.success) {
    throw new Error('expected the input to be rejected');
  }
  return describeIssues(result.error.issues, input, locale);
}

describe(describeIssues.name, () => {
  it('names every missing field as required, in Dutch', () => {
    expect(problems({})).toEqual([
      { field: 'name', code: 'invalid_type', message: 'Dit veld is verplicht.' },
      { field: 'email', code: 'invalid_type', message: 'Dit veld is verplicht.' },
      { field: 'age', code: 'invalid_type', message: 'Dit veld is verplicht.' },
      { field: 'role', code: 'invalid_value', message: expect.stringContaining('team_lead') },
    ]);
  });

  it('says what is wrong with each present field, in English when asked', () => {
    const found = problems(
      { name: 'Anneloes', email: 'geen-mail', age: 17.5, role: 'boss', extra: 1 },
      'en',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'too_big', message: 'Must be at most 5 characters.' },
        { field: 'email', code: 'invalid_format', message: 'Must be a valid e-mail address.' },
        { field: 'extra', code: 'unrecognized_keys', message: 'This field is not known.' },
      ]),
    );
  });

  it('reports a wrong type instead of a missing value', () => {
    expect(problems({ name: 3, email: 'a@b.nl', age: 20, role: 'professional' })).toEqual([
      { field: 'name', code: 'invalid_type', message: 'Moet een tekst zijn.' },
    ]);
  });
});
