import type { Card, Locale } from '@leerruimte/shared-contracts';
import { pdfColours, renderPdf } from '@leerruimte/api-core';

/** A think-and-do card on A6, to print, cut out or send around. */
export function cardPdf(card: Card, themeName: string, locale: Locale) {
  const nl = locale === 'nl';
  return renderPdf({ title: card.title, size: 'A6', margin: 28 }, (doc) => {
    doc
      .fillColor(pdfColours.muted)
      .font('Helvetica')
      .fontSize(8)
      .text(`${nl ? 'Denk- en doekaartje' : 'Think-and-do card'} · ${themeName}`.toUpperCase());
    doc.moveDown(0.6).fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(16);
    doc.text(card.title);
    doc.moveDown(0.6).fillColor(pdfColours.ink).font('Helvetica').fontSize(13);
    doc.text(card.question);
    if (card.task) {
      doc.moveDown(0.6).fontSize(10).text(card.task);
    }
    doc.moveDown(0.8).fontSize(8).fillColor(pdfColours.muted);
    doc.text(`${nl ? 'Handig' : 'Useful'}: ${card.moments.join('; ')}`);
    doc.moveDown(0.6).text('Leerruimte');
  });
}
