import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  type ReportFamily,
  type ReportMetric,
  figureApplies,
  reportFamilies,
} from '@leerruimte/shared-contracts';
import { ReportingApi } from '@leerruimte/web-reporting-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { LoadState, TableScroll } from '@leerruimte/web-shared-ui';
import { axisMax } from './chart-scale';
import { injectReportFormat } from './report-format';
import { reportingTexts } from './reporting.texts';

/** How dark a cell is, in steps, so that a step is told apart; 0 is an empty month. */
const SHADES = 4;

interface Cell {
  text: string;
  suppressed: boolean;
  /** 0 (nothing) to SHADES (the table's highest). */
  shade: number;
}

let nextId = 0;

/**
 * The organisation's participation overview: every team by every month of the period, one
 * figure (reflection participation unless another is chosen), each cell shaded by its value.
 * It is a table first: the numbers are in the cells, the shade only helps the eye.
 */
@Component({
  selector: 'lr-participation-heatmap',
  imports: [LoadState, TableScroll],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="metric">
      {{ t().figure }}
      <select
        class="lr-native-select"
        data-testid="heatmap-metric"
        (change)="metric.set($any($event.target).value)"
      >
        @for (family of families; track family.name) {
          <optgroup [label]="t().families[family.name]">
            @for (option of family.metrics; track option) {
              <option [value]="option" [selected]="option === metric()">
                {{ t().metrics[option].label }}
              </option>
            }
          </optgroup>
        }
      </select>
    </label>
    <lr-load-state [resource]="months" />
    @if (months.hasValue()) {
      <lr-table-scroll [labelledBy]="captionId">
        <table data-testid="participation-heatmap">
          <caption [id]="captionId">
            {{
              t().heatmapCaption(t().metrics[metric()].label)
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ t().team }}</th>
              @for (month of months.value().months; track month) {
                <th scope="col">{{ format.shortMonth(month) }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.teamId) {
              <tr>
                <th scope="row">{{ row.name }}</th>
                @for (cell of row.cells; track $index) {
                  <td [attr.data-shade]="cell.shade" [class.suppressed-cell]="cell.suppressed">
                    @if (cell.suppressed) {
                      {{ t().tooFewShort
                      }}<span class="lr-visually-hidden">{{ t().tooFewRest }}</span>
                    } @else {
                      {{ cell.text }}
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </lr-table-scroll>
      <p class="legend muted">{{ t().heatmapLegend }}</p>
    }
  `,
  styles: `
    .metric {
      display: inline-flex;
      flex-direction: column;
      gap: var(--lr-space-1);
      margin-bottom: var(--lr-space-3);
      max-width: 100%;
    }
    table {
      border-collapse: separate;
      border-spacing: 2px;
      min-width: 100%;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: var(--lr-space-1);
    }
    th,
    td {
      padding: var(--lr-space-1) var(--lr-space-2);
      text-align: left;
      white-space: nowrap;
    }
    thead th {
      font-size: var(--lr-font-size-s);
    }
    td {
      font-variant-numeric: tabular-nums;
      border-radius: 4px;
      background: var(--lr-color-surface-alt);
    }
    /* Darker is higher; the ink stays dark on every shade (contrast checked by axe). */
    td[data-shade='1'] {
      background: color-mix(in srgb, var(--lr-color-brand) 15%, white);
    }
    td[data-shade='2'] {
      background: color-mix(in srgb, var(--lr-color-brand) 28%, white);
    }
    td[data-shade='3'] {
      background: color-mix(in srgb, var(--lr-color-brand) 42%, white);
    }
    td[data-shade='4'] {
      background: color-mix(in srgb, var(--lr-color-brand) 55%, white);
    }
    td.suppressed-cell {
      background: repeating-linear-gradient(
        135deg,
        var(--lr-color-surface-alt) 0 6px,
        var(--lr-color-surface) 6px 12px
      );
      font-style: italic;
      color: var(--lr-color-ink-muted);
    }
    th[scope='row'] {
      position: sticky;
      left: 0;
      z-index: 1;
      background: var(--lr-color-surface);
    }
    .legend {
      margin-top: var(--lr-space-2);
    }
  `,
})
export class ParticipationHeatmap {
  private readonly api = inject(ReportingApi);
  protected readonly t = injectTexts(reportingTexts);
  protected readonly format = injectReportFormat();
  protected readonly captionId = `participation-heatmap-${nextId++}`;
  protected readonly families = (Object.keys(reportFamilies) as ReportFamily[]).map((name) => ({
    name,
    metrics: reportFamilies[name] as readonly ReportMetric[],
  }));

  readonly organisationId = input.required<string>();
  readonly from = input.required<string>();
  readonly to = input.required<string>();

  protected readonly metric = signal<ReportMetric>('reflectionParticipation');
  protected readonly months = rxResource({
    params: () => ({ organisationId: this.organisationId(), from: this.from(), to: this.to() }),
    stream: ({ params }) => this.api.teamMonths(params.organisationId, params),
  });

  protected readonly rows = computed(() => {
    if (!this.months.hasValue()) return [];
    const metric = this.metric();
    const teams = this.months.value().teams;
    const values = teams.flatMap((team) =>
      team.months.map((figures) => (figureApplies(metric, figures) ? figures[metric] : null)),
    );
    const top = axisMax(metric, values);
    return teams.map((team) => ({
      teamId: team.teamId,
      name: team.name,
      cells: team.months.map((figures): Cell => {
        const value = figures[metric];
        const applies = figureApplies(metric, figures);
        return {
          text: this.format.figureOf(metric, figures),
          suppressed: value === null,
          shade:
            value === null || !applies || value <= 0
              ? 0
              : Math.max(1, Math.ceil((value / top) * SHADES)),
        };
      }),
    }));
  });
}
