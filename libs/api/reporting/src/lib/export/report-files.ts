import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { type PdfDocument, csvDocument, pdfColours, renderPdf } from '@leerruimte/api-core';
import {
  type FigureSet,
  type Locale,
  type Report,
  type ReportMetric,
  figureApplies,
  reportMetricTexts,
  reportMetrics,
} from '@leerruimte/shared-contracts';
import { reportWords } from './report-texts';

interface Line {
  scope: string;
  month: string;
  figures: FigureSet;
}

/** Each team, then the organisation as a whole (which has no rolling windows), by name. */
function seriesOf(report: Report, locale: Locale) {
  return [
    ...report.teams,
    ...(report.organisation
      ? [{ name: reportWords[locale].organisation, ...report.organisation, rolling: [] }]
      : []),
  ];
}

/**
 * One line per team (and the organisation) and month, with the period total first, then a
 * team's rolling three-month windows where the report has them.
 */
function lines(report: Report, locale: Locale): Line[] {
  const words = reportWords[locale];
  return seriesOf(report, locale).flatMap((item) => [
    { scope: item.name, month: words.total, figures: item.total },
    ...item.months.map((figures, index) => ({
      scope: item.name,
      month: report.months[index],
      figures,
    })),
    ...item.rolling.map((figures, index) => ({
      scope: item.name,
      month: words.windowMonth(report.months[index]),
      figures,
    })),
  ]);
}

/** A figure as a reader reads it: "too few" when suppressed, "–" when it means nothing. */
function shown(metric: ReportMetric, figures: FigureSet, locale: Locale): string {
  const value = figures[metric];
  if (value === null) return reportWords[locale].tooFew;
  if (!figureApplies(metric, figures)) return '–';
  if (metric === 'reflectionParticipation') return `${Math.round(value * 100)}%`;
  return String(value).replace('.', locale === 'nl' ? ',' : '.');
}

/**
 * What the reader is told about hidden figures: a team lead's report of their own team (the
 * only one without the organisation) hides only the anonymous pulse.
 */
function privacyOf(report: Report, locale: Locale): string {
  const words = reportWords[locale];
  return report.organisation === null
    ? words.privacyOwnTeam(report.minimumGroupSize)
    : words.privacy(report.minimumGroupSize);
}

/** A month ("2026-10") or a day as the PDF's reader says it: "okt 2026", "7 december 2026". */
export function spoken(value: string | Date, locale: Locale, format: string): string {
  const moment =
    typeof value === 'string'
      ? DateTime.fromISO(`${value}-01`, { zone: 'Europe/Amsterdam' })
      : DateTime.fromJSDate(value, { zone: 'Europe/Amsterdam' });
  return moment.setLocale(locale === 'nl' ? 'nl' : 'en-GB').toFormat(format);
}

export function reportCsv(report: Report, locale: Locale): string {
  const words = reportWords[locale];
  const header = [
    words.team,
    words.month,
    ...reportMetrics.map((metric) => reportMetricTexts[locale][metric].label),
  ];
  const rows = lines(report, locale).map((line) => [
    line.scope,
    line.month,
    ...reportMetrics.map((metric) => shown(metric, line.figures, locale)),
  ]);
  return csvDocument([header, ...rows]);
}

export async function reportXlsx(report: Report, locale: Locale): Promise<Buffer> {
  const words = reportWords[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Leerruimte';
  const sheet = workbook.addWorksheet(words.title);
  sheet.addRow([`${words.title} · ${report.organisationName}`]).font = { bold: true, size: 14 };
  sheet.addRow([
    `${words.period}: ${spoken(report.from, locale, 'LLLL yyyy')} – ${spoken(report.to, locale, 'LLLL yyyy')}`,
  ]);
  sheet.addRow([privacyOf(report, locale)]);
  sheet.addRow([]);
  const header = sheet.addRow([
    words.team,
    words.month,
    ...reportMetrics.map((metric) => reportMetricTexts[locale][metric].label),
  ]);
  header.font = { bold: true };
  for (const line of lines(report, locale)) {
    sheet.addRow([
      line.scope,
      line.month,
      ...reportMetrics.map((metric) => {
        const value = line.figures[metric];
        if (value === null) return words.tooFew;
        return figureApplies(metric, line.figures) ? value : '–';
      }),
    ]);
  }
  sheet.getColumn(1).width = 28;
  const explanations = workbook.addWorksheet(words.explanations);
  for (const metric of reportMetrics) {
    explanations.addRow([
      reportMetricTexts[locale][metric].label,
      reportMetricTexts[locale][metric].explanation,
    ]);
  }
  explanations.getColumn(1).width = 32;
  explanations.getColumn(2).width = 90;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Bars of one figure per month; a suppressed month gets a label instead of a bar. `prefix`
 * goes before each month's name (a window: "t/m").
 */
function monthBars(
  doc: PdfDocument,
  report: Report,
  months: FigureSet[],
  metric: ReportMetric,
  locale: Locale,
  prefix = '',
): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const height = 80;
  // Room above the tallest bar for its value, below the heading.
  const top = doc.y + 14;
  const values = months.map((figures) => (figureApplies(metric, figures) ? figures[metric] : 0));
  const max = Math.max(1, ...values.map((value) => value ?? 0));
  const slot = width / Math.max(1, values.length);
  values.forEach((value, index) => {
    const x = left + index * slot + slot * 0.15;
    if (value === null) {
      doc
        .fillColor(pdfColours.muted)
        .fontSize(7)
        .text(reportWords[locale].tooFew, x, top + height - 20, {
          width: slot * 0.7,
          align: 'center',
        });
    } else {
      const barHeight = (value / max) * height;
      doc.rect(x, top + height - barHeight, slot * 0.7, barHeight).fill(pdfColours.brand);
      doc
        .fillColor(pdfColours.ink)
        .fontSize(7)
        .text(shown(metric, months[index], locale), x, top + height - barHeight - 10, {
          width: slot * 0.7,
          align: 'center',
        });
    }
    doc
      .fillColor(pdfColours.muted)
      .fontSize(7)
      .text(`${prefix}${spoken(report.months[index], locale, 'LLL yyyy')}`, x, top + height + 3, {
        width: slot * 0.7,
        align: 'center',
      });
  });
  doc.x = left;
  doc.y = top + height + 16;
}

export function reportPdf(report: Report, locale: Locale): Promise<Buffer> {
  const words = reportWords[locale];
  const title = `${words.title} · ${report.organisationName}`;
  return renderPdf({ title }, (doc) => {
    doc.fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(24).text(words.title);
    doc.moveDown(0.3).fillColor(pdfColours.ink).fontSize(16).text(report.organisationName);
    doc.moveDown(0.5).font('Helvetica').fontSize(11);
    doc.text(
      `${words.period}: ${spoken(report.from, locale, 'LLLL yyyy')} – ${spoken(report.to, locale, 'LLLL yyyy')}`,
    );
    doc.text(report.teams.map((team) => team.name).join(', '));
    doc.moveDown().fillColor(pdfColours.muted).fontSize(10).text(privacyOf(report, locale));
    doc.text(words.generated(spoken(new Date(), locale, 'd LLLL yyyy')));

    for (const item of seriesOf(report, locale)) {
      doc.addPage();
      doc.fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(16).text(item.name);
      doc
        .moveDown(0.2)
        .fillColor(pdfColours.muted)
        .font('Helvetica')
        .fontSize(10)
        .text(words.summary);
      doc.moveDown(0.5);
      for (const metric of reportMetrics) {
        doc
          .fillColor(pdfColours.ink)
          .fontSize(10)
          .text(`${reportMetricTexts[locale][metric].label}: ${shown(metric, item.total, locale)}`);
      }
      doc.moveDown().fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(12);
      doc.text(`${words.trend}: ${reportMetricTexts[locale].learningHours.label}`);
      doc.font('Helvetica');
      monthBars(doc, report, item.months, 'learningHours', locale);
      doc.fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(12);
      doc.text(`${words.trend}: ${reportMetricTexts[locale].reflectionParticipation.label}`);
      doc.font('Helvetica');
      monthBars(doc, report, item.months, 'reflectionParticipation', locale);
      if (item.rolling.length > 0) {
        doc.addPage();
        doc.fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(14);
        doc.text(`${item.name} · ${words.windowTrend}`);
        doc.moveDown(0.2).fillColor(pdfColours.muted).font('Helvetica').fontSize(10);
        doc.text(words.windowExplanation).moveDown();
        for (const metric of ['learningHours', 'reflectionParticipation'] as const) {
          doc.fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(12);
          doc.text(`${words.windowTrend}: ${reportMetricTexts[locale][metric].label}`);
          doc.font('Helvetica');
          monthBars(doc, report, item.rolling, metric, locale, words.windowUntil);
        }
      }
    }

    doc.addPage();
    doc.fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(16).text(words.explanations);
    doc.moveDown(0.5);
    for (const metric of reportMetrics) {
      doc
        .fillColor(pdfColours.ink)
        .font('Helvetica-Bold')
        .fontSize(10)
        .text(reportMetricTexts[locale][metric].label);
      doc
        .font('Helvetica')
        .fillColor(pdfColours.muted)
        .text(reportMetricTexts[locale][metric].explanation);
      doc.moveDown(0.3);
    }
  });
}
