import { median, runChart } from './run-chart';

const points = (values: number[]) =>
  values.map((value, index) => ({
    measuredOn: `2026-03-${String(index + 1).padStart(2, '0')}`,
    value,
  }));

describe(median.name, () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe(runChart.name, () => {
  it('orders the points by date', () => {
    const chart = runChart([
      { measuredOn: '2026-03-02', value: 2 },
      { measuredOn: '2026-03-01', value: 1 },
    ]);
    expect(chart.points.map((point) => point.value)).toEqual([1, 2]);
    expect(chart.median).toBe(1.5);
  });

  it('finds six points in a row below the median as a shift', () => {
    const chart = runChart(points([9, 8, 9, 10, 9, 3, 2, 3, 2, 1, 2, 9]));
    expect(chart.median).toBe(5.5);
    expect(chart.shifts).toEqual([{ from: 5, to: 10, side: 'below' }]);
  });

  it('does not break or extend a run with points on the median', () => {
    const chart = runChart(points([1, 1, 1, 5, 1, 1, 1, 5, 9, 9, 9, 9, 9, 9, 9]));
    expect(chart.median).toBe(5);
    expect(chart.shifts).toEqual([
      { from: 0, to: 6, side: 'below' },
      { from: 8, to: 14, side: 'above' },
    ]);
  });

  it('finds no shift in five points on one side', () => {
    expect(runChart(points([1, 1, 1, 1, 1, 9, 9, 9, 9, 9])).shifts).toEqual([]);
  });

  it('has no median without data', () => {
    expect(runChart([])).toEqual({ points: [], median: null, shifts: [] });
  });
});
