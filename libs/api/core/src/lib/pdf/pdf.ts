import PDFDocument from 'pdfkit';

export type PdfDocument = InstanceType<typeof PDFDocument>;

/** Minutes as hours with at most one decimal, as the PDFs print learning time: "2,5 uur". */
export function formatHours(minutes: number, locale: 'nl' | 'en'): string {
  const value = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(minutes / 60);
  return locale === 'nl' ? `${value} uur` : `${value} h`;
}

/** Colours of the web app's theme, so printed material looks like Leerruimte. */
export const pdfColours = { brand: '#0b5c63', ink: '#1d2a33', muted: '#4a5a66' } as const;

/**
 * Renders a PDF into memory. PDFKit's standard fonts cover the Dutch alphabet (WinAnsi), so no
 * font files need to ship with the app.
 */
export function renderPdf(
  options: { title: string; size?: string | [number, number]; margin?: number },
  draw: (doc: PdfDocument) => void,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: options.size ?? 'A4',
      margin: options.margin ?? 56,
      info: { Title: options.title, Author: 'Leerruimte', Creator: 'Leerruimte' },
      lang: 'nl-NL',
      displayTitle: true,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}
