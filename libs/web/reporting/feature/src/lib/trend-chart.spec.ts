import { TestBed } from '@angular/core/testing';
import { TrendChart } from './trend-chart';

describe(TrendChart.name, () => {
  beforeEach(() => localStorage.clear());

  async function render(
    values: (number | null)[],
    metric = 'modulesCompleted',
    applies?: boolean[],
  ) {
    const fixture = TestBed.createComponent(TrendChart);
    fixture.componentRef.setInput('caption', 'Modules afgerond per maand · Wijkteam Centrum');
    fixture.componentRef.setInput('metric', metric);
    fixture.componentRef.setInput(
      'months',
      values.map((_, index) => `2026-${String(index + 1).padStart(2, '0')}`),
    );
    fixture.componentRef.setInput('values', values);
    if (applies) fixture.componentRef.setInput('applies', applies);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const tableRows = (element: HTMLElement) =>
    [...element.querySelectorAll('[data-testid=trend-table] tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );

  it('breaks the line at a month with too few participants instead of drawing a 0', async () => {
    const element = await render([4, 6, null, 5, 7]);

    expect(element.querySelectorAll('[data-testid=point]')).toHaveLength(4);
    // Two pieces of line: January–February and April–May.
    const lines = [...element.querySelectorAll('polyline.line')];
    expect(lines.map((line) => line.getAttribute('points')?.split(' ').length)).toEqual([2, 2]);
    expect(element.querySelectorAll('[data-testid=suppressed-month]')).toHaveLength(1);
    expect(element.querySelector('figcaption')?.textContent).toContain(
      'Gearceerd: te weinig deelnemers',
    );
  });

  it('leaves out a month whose share means nothing (nothing asked): no 0, no hatching, "–"', async () => {
    const element = await render([0, 0.5, null, 0], 'reflectionParticipation', [
      false,
      true,
      true,
      true,
    ]);

    expect(element.querySelectorAll('[data-testid=point]')).toHaveLength(2);
    expect(element.querySelectorAll('polyline.line')).toHaveLength(0);
    expect(element.querySelectorAll('[data-testid=suppressed-month]')).toHaveLength(1);
    expect(tableRows(element).map((row) => row[1])).toEqual([
      '–',
      '50%',
      'te weinig deelnemers',
      '0%',
    ]);
    expect(element.querySelector('svg desc')?.textContent).toContain('waarvan 2 met een cijfer');
  });

  it('says "te weinig deelnemers" in the table beside the chart, never 0 or nothing', async () => {
    const element = await render([4, null, 5]);

    expect(tableRows(element)).toEqual([
      ['januari 2026', '4'],
      ['februari 2026', 'te weinig deelnemers'],
      ['maart 2026', '5'],
    ]);
    expect(element.querySelector('caption')?.textContent).toContain('Modules afgerond per maand');
    expect(element.querySelector('th[scope=col]')?.textContent).toBe('Maand');
  });

  it('names the chart and describes it for screen readers, with visible axis labels', async () => {
    const element = await render([0.5, null, 0.75], 'reflectionParticipation');

    expect(element.querySelector('svg')?.getAttribute('role')).toBe('img');
    expect(element.querySelector('svg title')?.textContent).toContain('Wijkteam Centrum');
    const description = element.querySelector('svg desc')?.textContent ?? '';
    expect(description).toContain('3 maanden, waarvan 2 met een cijfer');
    expect(description).toContain('laagste 50%, hoogste 75%');
    const labels = [...element.querySelectorAll('svg .axis-label')].map((label) =>
      label.textContent?.trim(),
    );
    expect(labels).toEqual(['Reflectiedeelname', 'Maand']);
    expect(tableRows(element)[2]).toEqual(['maart 2026', '75%']);
  });

  it('draws no line when every month has too few participants, and says so', async () => {
    const element = await render([null, null]);

    expect(element.querySelectorAll('[data-testid=point]')).toHaveLength(0);
    expect(element.querySelectorAll('polyline.line')).toHaveLength(0);
    expect(element.querySelector('svg desc')?.textContent).toContain(
      'alle met te weinig deelnemers',
    );
  });
});
