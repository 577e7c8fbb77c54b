/** The smallest number of consecutive points on one side of the median that counts as a shift. */
export const shiftLength = 6;

export interface RunChart {
  /** Points in date order. */
  points: Array<{ measuredOn: string; value: number }>;
  median: number | null;
  /**
   * Runs of at least six points on one side of the median (index ranges into `points`): a
   * signal that something changed rather than chance. Points on the median neither break nor
   * extend a run.
   */
  shifts: Array<{ from: number; to: number; side: 'above' | 'below' }>;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A run chart of a measure's data points: the points by date, their median and any shifts. */
export function runChart(
  dataPoints: ReadonlyArray<{ measuredOn: string; value: number }>,
): RunChart {
  const points = [...dataPoints]
    .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn))
    .map(({ measuredOn, value }) => ({ measuredOn, value }));
  const middle = median(points.map((point) => point.value));
  const shifts: RunChart['shifts'] = [];
  if (middle === null) return { points, median: middle, shifts };

  let run: { from: number; to: number; side: 'above' | 'below'; count: number } | null = null;
  const close = () => {
    if (run && run.count >= shiftLength)
      shifts.push({ from: run.from, to: run.to, side: run.side });
  };
  points.forEach((point, index) => {
    if (point.value === middle) return;
    const side = point.value > middle ? 'above' : 'below';
    if (run && run.side === side) {
      run.to = index;
      run.count += 1;
    } else {
      close();
      run = { from: index, to: index, side, count: 1 };
    }
  });
  close();
  return { points, median: middle, shifts };
}
