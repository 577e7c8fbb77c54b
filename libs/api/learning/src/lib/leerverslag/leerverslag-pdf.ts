import { formatHours, pdfColours, renderPdf } from '@leerruimte/api-core';
import { type Locale, accreditationRegisterNames } from '@leerruimte/shared-contracts';
import { type Leerverslag, activityTitle, formatPoints, leerverslagWords } from './leerverslag';

const longDate = (iso: string, locale: Locale) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  });

const hours = formatHours;

/**
 * The leerverslag as a register reads it: who (with their registration), the period, each
 * activity with its date, kind, duration, points and accreditation, and the totals.
 */
export function leerverslagPdf(report: Leerverslag, locale: Locale): Promise<Buffer> {
  const words = leerverslagWords[locale];
  const nl = locale === 'nl';
  return renderPdf({ title: `${words.title} ${report.name}` }, (doc) => {
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    doc.fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(22).text(words.title);
    doc.moveDown(0.3).fillColor(pdfColours.ink).fontSize(14).text(report.name);
    doc.font('Helvetica').fontSize(10).fillColor(pdfColours.muted);
    if (report.registration) {
      doc.text(
        `${accreditationRegisterNames[report.registration.register]}, ${nl ? 'registratienummer' : 'registration number'} ${report.registration.number}`,
      );
    }
    doc.text(
      `${nl ? 'Periode' : 'Period'}: ${longDate(report.from, locale)} – ${longDate(report.to, locale)}`,
    );

    const totalMinutes = report.activities.reduce((sum, a) => sum + (a.minutes ?? 0), 0);
    const totalPoints = report.activities.reduce((sum, a) => sum + (a.points ?? 0), 0);
    doc.moveDown(0.8).fillColor(pdfColours.ink).font('Helvetica-Bold').fontSize(11);
    doc.text(
      `${nl ? 'Totaal' : 'Total'}: ${hours(totalMinutes, locale)} · ${formatPoints(totalPoints, locale)} ${nl ? 'punten' : 'points'}`,
    );
    doc.moveDown(0.8);

    if (report.activities.length === 0) {
      doc
        .font('Helvetica')
        .text(
          nl ? 'Geen leeractiviteiten in deze periode.' : 'No learning activities in this period.',
        );
    }
    for (const activity of report.activities) {
      doc.font('Helvetica-Bold').fontSize(11).fillColor(pdfColours.ink);
      doc.text(activityTitle(activity, locale), { width });
      const details = [
        longDate(activity.date, locale),
        words.kinds[activity.kind],
        words.categories[activity.category],
        ...(activity.minutes !== null ? [hours(activity.minutes, locale)] : []),
        ...(activity.points !== null
          ? [`${formatPoints(activity.points, locale)} ${nl ? 'punten' : 'points'}`]
          : []),
        ...(activity.accreditationNumber && activity.register
          ? [`${accreditationRegisterNames[activity.register]} ${activity.accreditationNumber}`]
          : []),
      ];
      doc.font('Helvetica').fontSize(10).fillColor(pdfColours.muted).text(details.join(' · '), {
        width,
      });
      doc.moveDown(0.5);
    }
    doc.moveDown(1).fontSize(9).fillColor(pdfColours.muted);
    doc.text(
      nl
        ? 'Leertijd is gemeten: de tijd dat een les open stond en er iets gebeurde, hoogstens twee keer de geschatte tijd per les. Een afgeronde module telt met de studiebelasting van haar certificaat. Reflecties staan hier alleen met hun onderwerp, nooit met wat je schreef.'
        : 'Learning time is measured: the time a lesson was open and in use, at most twice its estimated time. A completed module counts with its certificate’s study load. Reflections appear only by topic, never with what you wrote.',
      { width },
    );
  });
}
