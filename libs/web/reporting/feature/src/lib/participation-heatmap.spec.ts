import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type FigureSet, type Report, reportMetrics } from '@leerruimte/shared-contracts';
import { requestTo } from '@leerruimte/web-shared-api-client/testing';
import { ParticipationHeatmap } from './participation-heatmap';

function figures(values: Partial<FigureSet>): FigureSet {
  return {
    ...Object.fromEntries(reportMetrics.map((metric) => [metric, 0])),
    ...values,
  } as FigureSet;
}

const months: Report = {
  organisationName: 'Gemeente Voorbeeldstad',
  from: '2026-10',
  to: '2026-11',
  months: ['2026-10', '2026-11'],
  minimumGroupSize: 5,
  teams: [
    {
      teamId: 't1',
      name: 'Wijkteam Centrum',
      total: figures({}),
      months: [
        figures({ promptsAsked: 10, reflectionParticipation: 0.9, learningHours: 4 }),
        figures({ promptsAsked: 0, reflectionParticipation: 0 }),
      ],
      rolling: [],
    },
    {
      teamId: 't2',
      name: 'Wijkteam Oost',
      total: figures({}),
      months: [
        figures({ promptsAsked: 8, reflectionParticipation: 0.25, learningHours: 1 }),
        figures({ promptsAsked: null, reflectionParticipation: null }),
      ],
      rolling: [],
    },
  ],
  organisation: null,
  updatedAt: null,
};

describe(ParticipationHeatmap.name, () => {
  async function render() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ParticipationHeatmap);
    fixture.componentRef.setInput('organisationId', 'o1');
    fixture.componentRef.setInput('from', '2026-10');
    fixture.componentRef.setInput('to', '2026-11');
    TestBed.tick();
    backend
      .expectOne(
        requestTo('/api/organisations/o1/reports/team-development/months?from=2026-10&to=2026-11'),
      )
      .flush(months);
    await fixture.whenStable();
    return fixture;
  }

  const cells = (element: HTMLElement) =>
    [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => [
        cell.textContent?.replace(/\s+/g, ' ').trim(),
        cell.getAttribute('data-shade'),
      ]),
    );

  it('shows every team by month with its participation, shaded, "–" for nothing asked', async () => {
    const element = (await render()).nativeElement as HTMLElement;

    expect(element.querySelector('caption')?.textContent).toContain(
      'Reflectiedeelname per team en maand',
    );
    expect(cells(element)).toEqual([
      [
        ['Wijkteam Centrum', null],
        ['90%', '4'],
        ['–', '0'],
      ],
      [
        ['Wijkteam Oost', null],
        ['25%', '1'],
        ['te weinig deelnemers', '0'],
      ],
    ]);
  });

  it('shows another figure when it is chosen', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    const select = element.querySelector('[data-testid=heatmap-metric]') as HTMLSelectElement;
    select.value = 'learningHours';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    expect(cells(element).map((row) => row.slice(1).map(([text]) => text))).toEqual([
      ['4,0', '0,0'],
      // Only Oost's reflection was suppressed in November; its learning is shown.
      ['1,0', '0,0'],
    ]);
  });
});
