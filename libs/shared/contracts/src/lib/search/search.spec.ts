import { searchQuerySchema } from './search';

describe('searchQuerySchema', () => {
  const sut = searchQuerySchema;

  it('trims the words and keeps an optional kind', () => {
    expect(sut.parse({ q: '  netwerk  ', kind: 'lesson' })).toEqual({
      q: 'netwerk',
      kind: 'lesson',
    });
  });

  it.each([
    ['too short after trimming', { q: ' a ' }],
    ['too long', { q: 'x'.repeat(101) }],
    ['with a NUL byte', { q: 'net\u0000werk' }],
    ['of an unknown kind', { q: 'netwerk', kind: 'team' }],
    ['with an unknown field', { q: 'netwerk', page: '2' }],
  ])('refuses a search %s', (_, query) => {
    expect(sut.safeParse(query).success).toBe(false);
  });
});
