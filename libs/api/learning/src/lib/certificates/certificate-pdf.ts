import { create as createQrCode } from 'qrcode';
import { type PdfDocument, formatHours, pdfColours, renderPdf } from '@leerruimte/api-core';
import { accreditationRegisterNames } from '@leerruimte/shared-contracts';
import type { Certificate } from './certificate.entity';

const longDate = (date: Date) =>
  date.toLocaleDateString('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/** The QR code's dark modules as squares: no image library, sharp at any zoom. */
function drawQrCode(doc: PdfDocument, text: string, x: number, y: number, size: number) {
  const { modules } = createQrCode(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) doc.rect(x + column * cell, y + row * cell, cell, cell);
    }
  }
  doc.fillColor(pdfColours.ink).fill();
}

/**
 * A certificate as it is printed and uploaded to a register: who, which module, when, its study
 * load and accreditation, and where anyone can check it is genuine. Made once, from the stored
 * certificate only, so it says what was true the day it was earned.
 */
export function certificatePdf(certificate: Certificate, verificationUrl: string): Promise<Buffer> {
  return renderPdf(
    { title: `Certificaat ${certificate.moduleTitle} – ${certificate.holderName}`, size: 'A4' },
    (doc) => {
      const left = doc.page.margins.left;
      const width = doc.page.width - left - doc.page.margins.right;
      doc
        .rect(left - 16, 40, width + 32, doc.page.height - 80)
        .lineWidth(2)
        .stroke(pdfColours.brand);

      doc.moveDown(2).fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(30);
      doc.text('Certificaat', { align: 'center' });
      doc.moveDown(0.2).font('Helvetica').fontSize(11).fillColor(pdfColours.muted);
      doc.text('Leerruimte · leren op de werkplek voor wijkteams', { align: 'center' });

      doc.moveDown(2.5).fillColor(pdfColours.ink).fontSize(13);
      doc.text('Hierbij verklaart Leerruimte dat', { align: 'center' });
      doc.moveDown(0.6).font('Helvetica-Bold').fontSize(24).text(certificate.holderName, {
        align: 'center',
      });
      doc.moveDown(0.6).font('Helvetica').fontSize(13).text('de module', { align: 'center' });
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(20).fillColor(pdfColours.brand);
      doc.text(certificate.moduleTitle, { align: 'center' });
      doc.moveDown(0.6).font('Helvetica').fontSize(13).fillColor(pdfColours.ink);
      doc.text(`met goed gevolg heeft afgerond op ${longDate(certificate.completedAt)}.`, {
        align: 'center',
      });

      doc.moveDown(2).fontSize(11);
      const facts = [
        `Studiebelasting: ${formatHours(certificate.studyLoadMinutes, 'nl')}`,
        ...(certificate.scorePercent !== null
          ? [`Afsluitende toets: ${certificate.scorePercent}% goed`]
          : []),
        certificate.register && certificate.accreditationNumber
          ? `Geaccrediteerd bij ${accreditationRegisterNames[certificate.register]}, accreditatienummer ${certificate.accreditationNumber}, ${new Intl.NumberFormat('nl-NL').format(certificate.points ?? 0)} punten`
          : 'Niet geaccrediteerd bij een beroepsregister',
        `Moduleversie ${certificate.moduleVersion} · certificaat ${certificate.id}`,
      ];
      for (const fact of facts) doc.text(fact, { align: 'center' }).moveDown(0.2);

      const qrSize = 96;
      const qrTop = doc.page.height - 80 - qrSize - 40;
      drawQrCode(doc, verificationUrl, left, qrTop, qrSize);
      doc
        .font('Helvetica-Bold')
        .fontSize(10)
        .fillColor(pdfColours.ink)
        .text('Echt?', left + qrSize + 16, qrTop + 8, { width: width - qrSize - 16 });
      doc
        .font('Helvetica')
        .fillColor(pdfColours.muted)
        .text(
          'Scan de code of open dit adres. Daar staat of dit certificaat echt is, en of het nog geldig is:',
          { width: width - qrSize - 16 },
        )
        .moveDown(0.3)
        .fillColor(pdfColours.brand)
        .text(verificationUrl, { width: width - qrSize - 16, link: verificationUrl });
    },
  );
}
