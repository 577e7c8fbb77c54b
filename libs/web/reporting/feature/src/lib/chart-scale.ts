import { type ReportMetric, hourMetrics } from '@leerruimte/shared-contracts';

/**
 * The top of a chart's value axis: a round number at or above the largest value whose half is
 * round too (the axis has ticks at 0, half and top). Values start at 0 so bars and lines are
 * not exaggerated; participation always runs to 100%.
 */
export function axisMax(metric: ReportMetric, values: readonly (number | null)[]): number {
  if (metric === 'reflectionParticipation') return 1;
  const largest = Math.max(0, ...values.filter((value): value is number => value !== null));
  // Counts are whole numbers, so their half-way tick must be one too.
  const smallest = hourMetrics.has(metric) ? 1 : 2;
  if (largest <= smallest) return smallest;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const factor = [1, 2, 4, 6, 8, 10].find((candidate) => candidate * magnitude >= largest) ?? 10;
  return Math.max(smallest, Number((factor * magnitude).toPrecision(12)));
}

/** Hatching for "te weinig deelnemers", so it is told apart by pattern, not by colour alone. */
export const hatchPath = 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4';
