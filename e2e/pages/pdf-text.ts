import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as PDFKit writes it: compressed content streams whose text operators hold
 * hex strings, split wherever kerning applies. Good enough to read back our own PDFs.
 */
export function pdfText(pdf: Buffer): string {
  const chunks: string[] = [];
  const raw = pdf.toString('latin1');
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const operator of content.matchAll(/\[(.*?)\]\s*TJ|<([0-9a-fA-F]+)>\s*Tj/g)) {
      const hex = operator[1]
        ? [...operator[1].matchAll(/<([0-9a-fA-F]+)>/g)].map((part) => part[1]).join('')
        : operator[2];
      chunks.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return chunks.join('\n');
}
