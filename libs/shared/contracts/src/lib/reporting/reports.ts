import { z } from 'zod';
import { calendarMonth } from '../dates';

const monthSchema = calendarMonth();

/**
 * The figures of a team's development, by family. A family's figures are derived from its
 * people (learners, people asked to reflect, members active on the board, pulse respondents)
 * and are shown only when enough of them took part.
 */
export const reportFamilies = {
  learning: [
    'modulesStarted',
    'modulesCompleted',
    'learningHours',
    'trainingSessionsAttended',
    'trainingHours',
  ],
  reflection: ['promptsAsked', 'promptsAnswered', 'reflectionParticipation', 'intervisieHours'],
  board: [
    'experimentsStarted',
    'experimentsEvaluated',
    'experimentsAdopted',
    'experimentsAdapted',
    'experimentsStopped',
    'whyQuestionsAsked',
    'whyQuestionsDiscussed',
    'whyQuestionsToExperiment',
  ],
  /** Averages from 1 to 5 of the anonymous team-learning pulse, per statement. */
  pulse: [
    'pulseResponses',
    'pulseSafety',
    'pulseTrying',
    'pulseColleagues',
    'pulseTime',
    'pulseFollowThrough',
  ],
} as const;

export type ReportFamily = keyof typeof reportFamilies;

/**
 * The families made of anonymous answers (the pulse): shown only from the minimum group size,
 * to everyone. A team lead sees the other families of their own team whatever its size, as they
 * see the same per member elsewhere (Teamleren, Teamreflectie, the learning board).
 */
export const anonymousReportFamilies: ReadonlySet<ReportFamily> = new Set<ReportFamily>(['pulse']);
export type ReportMetric = (typeof reportFamilies)[ReportFamily][number];
export const reportMetrics = Object.values(reportFamilies).flat() as ReportMetric[];

/** The family a metric belongs to. */
export function metricFamily(metric: ReportMetric): ReportFamily {
  return (Object.keys(reportFamilies) as ReportFamily[]).find((family) =>
    (reportFamilies[family] as readonly ReportMetric[]).includes(metric),
  ) as ReportFamily;
}

/**
 * Whether a figure means something for these figures: a share of no prompts asked, or an
 * average of no pulse answers, is not 0 but nothing (shown as "–").
 */
export function figureApplies(metric: ReportMetric, figures: Record<ReportMetric, number | null>) {
  if (metric === 'reflectionParticipation') return figures.promptsAsked !== 0;
  if (metric.startsWith('pulse') && metric !== 'pulseResponses') {
    return figures.pulseResponses !== 0;
  }
  return true;
}

/** The figures in hours (with one decimal); the others are counts, a share or averages. */
export const hourMetrics: ReadonlySet<ReportMetric> = new Set<ReportMetric>([
  'learningHours',
  'trainingHours',
  'intervisieHours',
]);

/** The minimum group size unless the organisation chose another (never below 3). */
export const defaultMinimumGroupSize = 5;

const periodFields = {
  from: monthSchema,
  to: monthSchema,
  /** One team of the organisation; leave out for all of them. */
  teamId: z.uuid().optional(),
};

function wholePeriod<T extends z.ZodType<{ from: string; to: string }>>(schema: T) {
  return schema
    .refine((query) => query.to >= query.from, {
      path: ['to'],
      params: { reason: 'end_before_start' },
    })
    .refine((query) => monthCount(query.from, query.to) <= 36, {
      path: ['to'],
      params: { reason: 'period_too_long' },
    });
}

/** A period as whole calendar months (Europe/Amsterdam), at most three years. */
export const reportQuerySchema = wholePeriod(z.strictObject(periodFields));

export const reportExportFormats = ['csv', 'xlsx', 'pdf'] as const;

/** An export of a report; it is made by the worker, the app follows its progress. */
export const reportExportRequestSchema = wholePeriod(
  z.strictObject({ ...periodFields, format: z.enum(reportExportFormats) }),
);

export const reportExportSchema = z.object({
  id: z.uuid(),
  format: z.enum(reportExportFormats),
  status: z.enum(['queued', 'running', 'ready', 'failed']),
  /** 0 to 100. */
  progress: z.number().int(),
  /** Where to download the file once it is ready. */
  downloadUrl: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const reportSettingsSchema = z.strictObject({
  /** Figures from fewer people than this show as "te weinig deelnemers"; never below 3. */
  minimumGroupSize: z.number().int().min(3).max(50),
});

/** Each figure, or null: "te weinig deelnemers". */
export const figureSetSchema = z.record(z.string(), z.number().nullable()) as z.ZodType<
  Record<ReportMetric, number | null>
>;

const seriesSchema = z.object({
  total: figureSetSchema,
  /**
   * One figure set per month of the period, in order. A team's months come only when one team
   * is asked for (or in a team lead's report): all teams side by side are compared by totals.
   */
  months: z.array(figureSetSchema),
});

export const teamReportSchema = seriesSchema.extend({
  teamId: z.uuid(),
  name: z.string(),
  /**
   * Per month of the period, the figures of the three months that end in it (a rolling window),
   * each family null where even those could reveal someone; the pulse is never in it. Only in an
   * organisation admin's report of one team, so that a team with too few people per month
   * still shows a trend.
   */
  rolling: z.array(figureSetSchema),
});

export const reportSchema = z.object({
  organisationName: z.string(),
  from: monthSchema,
  to: monthSchema,
  months: z.array(monthSchema),
  minimumGroupSize: z.number().int(),
  teams: z.array(teamReportSchema),
  /** The organisation as a whole; absent in a team lead's report of their own team. */
  organisation: seriesSchema.nullable(),
  /** When the figures were last brought up to date. */
  updatedAt: z.iso.datetime().nullable(),
});

export type ReportQuery = z.infer<typeof reportQuerySchema>;
export type ReportExportRequest = z.infer<typeof reportExportRequestSchema>;
export type ReportExport = z.infer<typeof reportExportSchema>;
export type ReportSettings = z.infer<typeof reportSettingsSchema>;
export type FigureSet = Record<ReportMetric, number | null>;
export type Report = z.infer<typeof reportSchema>;

/**
 * How many months from `from` to `to`, both included (0 when `to` is earlier). Counted, not
 * listed: every report request checks its period with it.
 */
export function monthCount(from: string, to: string): number {
  const [year, month] = from.split('-').map(Number);
  const [endYear, endMonth] = to.split('-').map(Number);
  return Math.max(0, (endYear - year) * 12 + endMonth - month + 1);
}

/** The months from `from` to `to`, both included, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  const [endYear, endMonth] = to.split('-').map(Number);
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    if (months.length > 1000) break;
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
