import { TestBed } from '@angular/core/testing';
import type { DataPoint } from '@leerruimte/shared-contracts';
import { RunChart } from './run-chart';

function point(day: number, value: number, note = ''): DataPoint {
  return {
    id: `p${day}`,
    measuredOn: `2026-11-${String(day).padStart(2, '0')}`,
    value,
    note,
  };
}

describe(RunChart.name, () => {
  beforeEach(() => localStorage.clear());

  async function render(points: DataPoint[], measure = 'wachttijd in dagen') {
    const fixture = TestBed.createComponent(RunChart);
    fixture.componentRef.setInput('points', points);
    fixture.componentRef.setInput('measure', measure);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('draws a dashed median line and names the chart for screen readers', async () => {
    // Values 1..5: median 3, halfway between the lowest and highest point.
    const element = await render([point(3, 3), point(1, 1), point(5, 5), point(2, 2), point(4, 4)]);

    const median = element.querySelector('[data-testid=median-line]');
    expect(median?.getAttribute('stroke-dasharray')).toBe('6 4');
    const lowest = Number(element.querySelectorAll('circle')[0].getAttribute('cy'));
    const highest = Number(element.querySelectorAll('circle')[4].getAttribute('cy'));
    expect(Number(median?.getAttribute('y1'))).toBeCloseTo((lowest + highest) / 2);
    expect(element.querySelector('svg title')?.textContent).toContain(
      'Run chart: wachttijd in dagen',
    );
    expect(element.querySelector('svg desc')?.textContent).toContain('5 metingen');
    expect(element.querySelector('svg desc')?.textContent).toContain('Mediaan 3');
  });

  it('lists the points in date order in a table beside the chart', async () => {
    const element = await render([point(2, 7, 'drukke week'), point(1, 4)]);

    const rows = [...element.querySelectorAll('[data-testid=run-chart-table] tbody tr')].map(
      (row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['01-11-2026', '4', '', ''],
      ['02-11-2026', '7', 'drukke week', ''],
    ]);
    expect(element.querySelector('caption')?.textContent).toContain('mediaan 5,5');
  });

  it('marks a shift by shape and in the table, not by colour alone', async () => {
    const values = [1, 1, 1, 1, 1, 1, 9, 9, 9, 9, 9, 9];
    const element = await render(values.map((value, index) => point(index + 1, value)));

    expect(element.querySelectorAll('rect.shift')).toHaveLength(12);
    const signals = [...element.querySelectorAll('tbody tr td:last-child')].map((cell) =>
      cell.textContent?.trim(),
    );
    expect(signals[0]).toBe('Verschuiving onder de mediaan');
    expect(signals[11]).toBe('Verschuiving boven de mediaan');
  });
});
