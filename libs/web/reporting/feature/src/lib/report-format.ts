import { inject } from '@angular/core';
import {
  type FigureSet,
  type Locale,
  type ReportMetric,
  figureApplies,
  hourMetrics,
} from '@leerruimte/shared-contracts';
import {
  LocaleService,
  formatDateTime,
  injectTexts,
  localeTags,
} from '@leerruimte/web-shared-i18n';
import { reportingTexts } from './reporting.texts';

/** The middle of the month, so no time zone can move it into the month before. */
function monthDate(month: string): Date {
  return new Date(`${month}-15T12:00:00Z`);
}

/**
 * A figure as people read it: participation is a share (0..1) shown as a percentage, hours
 * and pulse averages (1 to 5) have one decimal, the rest are counts.
 */
export function formatFigure(metric: ReportMetric, value: number, locale: Locale): string {
  const tag = localeTags[locale];
  if (metric === 'reflectionParticipation') {
    return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  }
  if (hourMetrics.has(metric) || (metric.startsWith('pulse') && metric !== 'pulseResponses')) {
    return new Intl.NumberFormat(tag, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value);
  }
  return new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(value);
}

/** No activity at all: every figure is 0 (a suppressed figure means there was some). */
export function hasNoActivity(figures: FigureSet): boolean {
  return Object.values(figures).every((value) => value === 0);
}

/** Figures, months and moments in the interface language; null is "te weinig deelnemers". */
export function injectReportFormat() {
  const locale = inject(LocaleService).locale;
  const t = injectTexts(reportingTexts);
  const month = (value: string) =>
    new Intl.DateTimeFormat(localeTags[locale()], {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(monthDate(value));
  const figure = (metric: ReportMetric, value: number | null | undefined) =>
    value === null || value === undefined ? t().suppressed : formatFigure(metric, value, locale());
  return {
    figure,
    /** One figure of a set: "–" where it means nothing (a share of nothing asked). */
    figureOf: (metric: ReportMetric, figures: FigureSet) =>
      figures[metric] !== null && !figureApplies(metric, figures)
        ? '–'
        : figure(metric, figures[metric]),
    /** "juli 2026". */
    month,
    /** "jul 26", for an axis. */
    shortMonth: (value: string) =>
      new Intl.DateTimeFormat(localeTags[locale()], {
        month: 'short',
        year: '2-digit',
        timeZone: 'UTC',
      }).format(monthDate(value)),
    /** "januari–maart 2026": the `count` months that end in `last`. */
    window: (last: string, count: number) => {
      const [year, number] = last.split('-').map(Number);
      const first = new Date(Date.UTC(year, number - count, 15, 12));
      return new Intl.DateTimeFormat(localeTags[locale()], {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).formatRange(first, monthDate(last));
    },
    /** "juli 2026 – september 2026", or one month. */
    period: (from: string, to: string) =>
      from === to ? month(from) : `${month(from)} – ${month(to)}`,
    moment: (value: string) => formatDateTime(value, locale(), 'dateTime'),
  };
}

export type ReportFormat = ReturnType<typeof injectReportFormat>;
