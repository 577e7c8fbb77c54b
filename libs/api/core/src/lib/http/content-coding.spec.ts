import { preferredCoding } from './content-coding';

describe(preferredCoding.name, () => {
  const both = ['br', 'gzip'] as const;

  it('sends brotli to a browser, which names both', () => {
    expect(preferredCoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(preferredCoding('*', both)).toBe('br');
  });

  it('follows the weights the client gives, the server order breaking ties', () => {
    expect(preferredCoding('br;q=0.5, GZIP;q=1.0', both)).toBe('gzip');
    expect(preferredCoding('br;q=1.0, GZIP;q=0.5', both)).toBe('br');
    expect(preferredCoding('gzip, br', both)).toBe('br');
    expect(preferredCoding('br;q=0, *', both)).toBe('gzip');
    expect(preferredCoding('gzip, deflate, br', ['gzip'])).toBe('gzip');
  });

  it('sends the body as it is when nothing offered is accepted, or refused', () => {
    expect(preferredCoding(undefined, both)).toBeUndefined();
    expect(preferredCoding('', both)).toBeUndefined();
    expect(preferredCoding('identity', both)).toBeUndefined();
    expect(preferredCoding('deflate, zstd', both)).toBeUndefined();
    expect(preferredCoding('br, deflate', ['gzip'])).toBeUndefined();
    expect(preferredCoding('gzip;q=0, br;q=0', both)).toBeUndefined();
    expect(preferredCoding('gzip;q=0, *', ['gzip'])).toBeUndefined();
    expect(preferredCoding('*;q=0', both)).toBeUndefined();
  });
});
