/** The compressions Leerruimte sends, best first: brotli is about a fifth smaller than gzip. */
export type ContentCoding = 'br' | 'gzip';

/**
 * The coding to send a body in (RFC 9110, 12.5.3), of those offered, in the server's order of
 * preference: the one the client weighs highest above zero, the server's order breaking ties. A
 * coding named itself counts over `*`. Undefined: send the body as it is.
 */
export function preferredCoding(
  header: string | undefined,
  offered: readonly ContentCoding[],
): ContentCoding | undefined {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [coding, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const weight = parameters.find((parameter) => parameter.startsWith('q='));
    weights.set(coding, weight === undefined ? 1 : Number(weight.slice(2)));
  }
  let chosen: ContentCoding | undefined;
  let chosenWeight = 0;
  for (const coding of offered) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > chosenWeight) {
      chosen = coding;
      chosenWeight = weight;
    }
  }
  return chosen;
}
