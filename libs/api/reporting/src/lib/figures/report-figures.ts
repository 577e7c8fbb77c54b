import { z } from 'zod';
import {
  type FigureSet,
  type PulseStatement,
  type ReportFamily,
  type ReportMetric,
  pulseStatements,
  reportFamilies,
} from '@leerruimte/shared-contracts';

type PeopleFamily = Exclude<ReportFamily, 'pulse'>;

/**
 * The one list of what the rollup counts: each count's column in `team_month_figures` and
 * `organisation_month_figures` (as the activity SQL names its figure) and the family whose
 * people it comes from. The columns, the row type and the empty counts are derived from it;
 * a new figure is a line here, its activity SQL, its metric below and its texts.
 */
export const countedFigures = {
  modules_started: 'learning',
  modules_completed: 'learning',
  learning_minutes: 'learning',
  training_sessions_attended: 'learning',
  training_minutes: 'learning',
  prompts_asked: 'reflection',
  prompts_answered: 'reflection',
  intervisie_minutes: 'reflection',
  experiments_started: 'board',
  experiments_evaluated: 'board',
  experiments_adopted: 'board',
  experiments_adapted: 'board',
  experiments_stopped: 'board',
  why_questions_asked: 'board',
  why_questions_discussed: 'board',
  why_questions_to_experiment: 'board',
} as const satisfies Record<string, PeopleFamily>;

export type CountedFigure = keyof typeof countedFigures;
export const figureColumns = Object.keys(countedFigures) as CountedFigure[];

/** From how many people each family's figures come, for suppression. */
export const peopleFamilies = ['learning', 'reflection', 'board'] as const satisfies PeopleFamily[];
export const peopleColumns = peopleFamilies.map((family) => `${family}_people` as const);

type Snake<Text extends string> = Text extends `${infer First}${infer Rest}`
  ? `${First extends Lowercase<First> ? First : `_${Lowercase<First>}`}${Snake<Rest>}`
  : Text;
export type PulseColumn = 'pulse_responses' | 'pulse_people' | `pulse_${Snake<PulseStatement>}`;

export function pulseColumn<Statement extends PulseStatement>(
  statement: Statement,
): `pulse_${Snake<Statement>}` {
  return `pulse_${statement.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}` as `pulse_${Snake<Statement>}`;
}

/** The pulse's columns: responses, people and the sum of each statement's scores. */
export const pulseColumns: PulseColumn[] = [
  'pulse_responses',
  'pulse_people',
  ...pulseStatements.map(pulseColumn),
];

export type CountColumn = CountedFigure | (typeof peopleColumns)[number] | PulseColumn;
/** One team's (or organisation's) counts for a month or a period, by column. */
export type Counts = Record<CountColumn, number>;
export const countColumns: CountColumn[] = [...figureColumns, ...peopleColumns, ...pulseColumns];
/** A row of counts as PostgreSQL gives it (bigint sums as strings), checked and made numbers. */
export const countsRow = z.object(
  Object.fromEntries(countColumns.map((column) => [column, z.coerce.number()])) as Record<
    CountColumn,
    z.ZodCoercedNumber<unknown>
  >,
);

export function emptyCounts(): Counts {
  return Object.fromEntries(countColumns.map((column) => [column, 0])) as Counts;
}

export function add(into: Counts, row: Counts): void {
  for (const column of countColumns) into[column] += row[column];
}

/** Minutes as hours with one decimal. */
function hours(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}

/** A pulse average with one decimal; 0 when nobody filled it in. */
function average(sum: number, responses: number): number {
  return responses === 0 ? 0 : Math.round((sum / responses) * 10) / 10;
}

const pulseAverage = (statement: PulseStatement) => (counts: Counts) =>
  average(counts[pulseColumn(statement)], counts.pulse_responses);

/** How each metric of a report is made from the counts (its family is in reportFamilies). */
const metricValues: Record<ReportMetric, (counts: Counts) => number> = {
  modulesStarted: (counts) => counts.modules_started,
  modulesCompleted: (counts) => counts.modules_completed,
  learningHours: (counts) => hours(counts.learning_minutes),
  trainingSessionsAttended: (counts) => counts.training_sessions_attended,
  trainingHours: (counts) => hours(counts.training_minutes),
  promptsAsked: (counts) => counts.prompts_asked,
  promptsAnswered: (counts) => counts.prompts_answered,
  reflectionParticipation: (counts) =>
    counts.prompts_asked === 0
      ? 0
      : Math.round((counts.prompts_answered / counts.prompts_asked) * 1000) / 1000,
  intervisieHours: (counts) => hours(counts.intervisie_minutes),
  experimentsStarted: (counts) => counts.experiments_started,
  experimentsEvaluated: (counts) => counts.experiments_evaluated,
  experimentsAdopted: (counts) => counts.experiments_adopted,
  experimentsAdapted: (counts) => counts.experiments_adapted,
  experimentsStopped: (counts) => counts.experiments_stopped,
  whyQuestionsAsked: (counts) => counts.why_questions_asked,
  whyQuestionsDiscussed: (counts) => counts.why_questions_discussed,
  whyQuestionsToExperiment: (counts) => counts.why_questions_to_experiment,
  pulseResponses: (counts) => counts.pulse_responses,
  pulseSafety: pulseAverage('safety'),
  pulseTrying: pulseAverage('trying'),
  pulseColleagues: pulseAverage('colleagues'),
  pulseTime: pulseAverage('time'),
  pulseFollowThrough: pulseAverage('followThrough'),
};

const families = Object.keys(reportFamilies) as ReportFamily[];

/** The figures of some counts, with each family left out (null) where it is suppressed. */
export function figures(counts: Counts, hidden: Record<ReportFamily, boolean>): FigureSet {
  return Object.fromEntries(
    families.flatMap((family) =>
      reportFamilies[family].map((metric) => [
        metric,
        hidden[family] ? null : metricValues[metric](counts),
      ]),
    ),
  ) as FigureSet;
}
