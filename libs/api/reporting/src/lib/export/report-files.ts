import ExcelJS from 'exceljs';
import { type PdfDocument, csvDocument, pdfColours, renderPdf } from '@leerruimte/api-core';
import {
  type FigureSet,
  type Locale,
  type Report,
  type ReportMetric,
  reportMetricTexts,
  reportMetrics,
} from '@leerruimte/shared-contracts';
import { reportWords } from './report-texts';

interface Line {
  scope: string;
  month: string;
  figures: FigureSet;
}

/** One line per team (and the organisation) and month, with the period total first. */
function lines(report: Report, locale: Locale): Line[] {
  const words = reportWords[locale];
  const series = [
    ...report.teams.map((team) => ({ scope: team.name, total: team.total, months: team.months })),
    ...(report.organisation ? [{ scope: words.organisation, ...report.organisation }] : []),
  ];
  return series.flatMap((item) => [
    { scope: item.scope, month: words.total, figures: item.total },
    ...item.months.map((figures, index) => ({
      scope: item.scope,
      month: report.months[index],
      figures,
    })),
  ]);
}

function shown(metric: ReportMetric, value: number | null, locale: Locale): string {
  if (value === null) return reportWords[locale].tooFew;
  if (metric === 'reflectionParticipation') return `${Math.round(value * 100)}%`;
  return String(value).replace('.', locale === 'nl' ? ',' : '.');
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
    ...reportMetrics.map((metric) => shown(metric, line.figures[metric], locale)),
  ]);
  return csvDocument([header, ...rows]);
}

export async function reportXlsx(report: Report, locale: Locale): Promise<Buffer> {
  const words = reportWords[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Leerruimte';
  const sheet = workbook.addWorksheet(words.title);
  sheet.addRow([`${words.title} · ${report.organisationName}`]).font = { bold: true, size: 14 };
  sheet.addRow([`${words.period}: ${report.from} – ${report.to}`]);
  sheet.addRow([words.privacy(report.minimumGroupSize)]);
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
        return value === null ? words.tooFew : value;
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

/** Bars of one figure per month; a suppressed month gets a label instead of a bar. */
function monthBars(
  doc: PdfDocument,
  report: Report,
  months: FigureSet[],
  metric: ReportMetric,
  locale: Locale,
): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const height = 80;
  const top = doc.y + 4;
  const values = months.map((figures) => figures[metric]);
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
        .text(shown(metric, value, locale), x, top + height - barHeight - 10, {
          width: slot * 0.7,
          align: 'center',
        });
    }
    doc
      .fillColor(pdfColours.muted)
      .fontSize(7)
      .text(report.months[index], x, top + height + 3, {
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
    doc.text(`${words.period}: ${report.from} – ${report.to}`);
    doc.text(report.teams.map((team) => team.name).join(', '));
    doc
      .moveDown()
      .fillColor(pdfColours.muted)
      .fontSize(10)
      .text(words.privacy(report.minimumGroupSize));
    doc.text(words.generated(new Date().toISOString().slice(0, 10)));

    const series = [
      ...report.teams.map((team) => ({ name: team.name, total: team.total, months: team.months })),
      ...(report.organisation ? [{ name: words.organisation, ...report.organisation }] : []),
    ];
    for (const item of series) {
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
          .text(
            `${reportMetricTexts[locale][metric].label}: ${shown(metric, item.total[metric], locale)}`,
          );
      }
      doc.moveDown().fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(12);
      doc.text(`${words.trend}: ${reportMetricTexts[locale].learningHours.label}`);
      doc.font('Helvetica');
      monthBars(doc, report, item.months, 'learningHours', locale);
      doc.fillColor(pdfColours.brand).font('Helvetica-Bold').fontSize(12);
      doc.text(`${words.trend}: ${reportMetricTexts[locale].reflectionParticipation.label}`);
      doc.font('Helvetica');
      monthBars(doc, report, item.months, 'reflectionParticipation', locale);
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
