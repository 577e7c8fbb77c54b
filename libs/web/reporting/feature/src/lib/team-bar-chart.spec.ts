import { TestBed } from '@angular/core/testing';
import { type TeamBar, TeamBarChart } from './team-bar-chart';

describe(TeamBarChart.name, () => {
  beforeEach(() => localStorage.clear());

  async function render(bars: TeamBar[], metric = 'learningHours') {
    const fixture = TestBed.createComponent(TeamBarChart);
    fixture.componentRef.setInput('caption', 'Leeruren per team, over de hele periode');
    fixture.componentRef.setInput('metric', metric);
    fixture.componentRef.setInput('bars', bars);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const bars: TeamBar[] = [
    { id: 'c', label: 'Wijkteam Centrum', value: 12.25 },
    { id: 'n', label: 'Wijkteam Noord', value: null },
    { id: 'z', label: 'Wijkteam Zuid', value: 0 },
  ];

  it('draws no bar for a team with too few participants, but a hatched, labelled mark', async () => {
    const element = await render(bars);

    expect(element.querySelectorAll('[data-testid=bar]')).toHaveLength(2);
    expect(element.querySelectorAll('[data-testid=suppressed-bar]')).toHaveLength(1);
    const values = [...element.querySelectorAll('svg .bar-value')].map((text) =>
      text.textContent?.trim(),
    );
    expect(values).toEqual(['12,3', 'te weinig deelnemers', '0,0']);
  });

  it('shows "–" for a team whose share means nothing (nothing asked), not a bar of 0%', async () => {
    const element = await render(
      [
        { id: 'c', label: 'Wijkteam Centrum', value: 0.5 },
        { id: 'o', label: 'Wijkteam Oost', value: 0, applies: false },
      ],
      'reflectionParticipation',
    );

    expect(element.querySelectorAll('[data-testid=bar]')).toHaveLength(1);
    const values = [...element.querySelectorAll('svg .bar-value')].map((text) =>
      text.textContent?.trim(),
    );
    expect(values).toEqual(['50%', '–']);
    const cells = [...element.querySelectorAll('[data-testid=team-bar-table] tbody td')].map(
      (cell) => cell.textContent?.trim(),
    );
    expect(cells).toEqual(['50%', '–']);
  });

  it('lists every team in a table beside the chart, with the suppressed one in words', async () => {
    const element = await render(bars);

    const rows = [...element.querySelectorAll('[data-testid=team-bar-table] tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Wijkteam Centrum', '12,3'],
      ['Wijkteam Noord', 'te weinig deelnemers'],
      ['Wijkteam Zuid', '0,0'],
    ]);
    expect(element.querySelector('svg desc')?.textContent).toContain(
      'het hoogste is Wijkteam Centrum: 12,3',
    );
  });
});
