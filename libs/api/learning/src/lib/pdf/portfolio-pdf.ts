import type { Locale, Portfolio } from '@leerruimte/shared-contracts';
import { formatHours, pdfColours, renderPdf } from '@leerruimte/api-core';

const hours = formatHours;

function date(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  });
}

/**
 * The learning overview a professional uploads as evidence for re-registration (Registerplein,
 * SKJ): completed modules with dates and hours. Journal answers stay out: they are private.
 */
export function portfolioPdf(portfolio: Portfolio, locale: Locale, now = new Date()) {
  const nl = locale === 'nl';
  const title = nl ? 'Leeroverzicht' : 'Learning overview';
  return renderPdf({ title: `${title} ${portfolio.name}` }, (doc) => {
    doc.fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(22).text(title);
    doc.moveDown(0.3).fillColor(pdfColours.ink).fontSize(14).text(portfolio.name);
    doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor(pdfColours.muted)
      .text(
        nl
          ? `Opgesteld op ${date(now.toISOString(), locale)} door Leerruimte, leren op de werkplek voor wijkteams.`
          : `Drawn up on ${date(now.toISOString(), locale)} by Leerruimte, learning on the job for neighbourhood teams.`,
      );
    doc.moveDown(1.2).fillColor(pdfColours.ink).font('Helvetica-Bold').fontSize(12);
    doc.text(
      nl
        ? `Totale leertijd: ${hours(portfolio.minutesLearned, locale)}`
        : `Total learning time: ${hours(portfolio.minutesLearned, locale)}`,
    );

    doc.moveDown(1).fillColor(pdfColours.brand).fontSize(14);
    doc.text(nl ? 'Afgeronde modules' : 'Completed modules');
    doc.moveDown(0.4).font('Helvetica').fontSize(11).fillColor(pdfColours.ink);
    if (portfolio.completedModules.length === 0) {
      doc.text(nl ? 'Nog geen modules afgerond.' : 'No modules completed yet.');
    }
    for (const completed of portfolio.completedModules) {
      doc.font('Helvetica-Bold').text(completed.title);
      doc
        .font('Helvetica')
        .fillColor(pdfColours.muted)
        .text(
          `${nl ? 'Afgerond op' : 'Completed on'} ${date(completed.completedAt, locale)} · ${hours(completed.minutes, locale)}`,
        )
        .fillColor(pdfColours.ink)
        .moveDown(0.5);
    }

    if (portfolio.partialModules.length > 0) {
      doc.moveDown(0.6).fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(14);
      doc.text(nl ? 'Gedeeltelijk gevolgd' : 'Partly followed');
      doc.moveDown(0.4).fontSize(11).fillColor(pdfColours.ink);
      for (const partial of portfolio.partialModules) {
        doc.font('Helvetica-Bold').text(partial.title);
        doc
          .font('Helvetica')
          .fillColor(pdfColours.muted)
          .text(
            nl
              ? `${partial.completedLessons} van ${partial.lessonCount} lessen · ${hours(partial.minutes, locale)}`
              : `${partial.completedLessons} of ${partial.lessonCount} lessons · ${hours(partial.minutes, locale)}`,
          )
          .fillColor(pdfColours.ink)
          .moveDown(0.5);
      }
    }
    doc.moveDown(1).fontSize(9).fillColor(pdfColours.muted);
    doc.text(
      nl
        ? 'Leertijd is de geschatte tijd van de afgeronde lessen. De inhoud is gebaseerd op de Movisie-publicatie over leren op de werkplek.'
        : 'Learning time is the estimated time of the completed lessons. The content is based on the Movisie publication about learning on the job.',
    );
  });
}
