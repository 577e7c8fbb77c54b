import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import {
  type FigureSet,
  type ReportFamily,
  type ReportMetric,
  reportFamilies,
} from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { TableScroll } from '@leerruimte/web-shared-ui';
import { injectReportFormat } from './report-format';
import { reportingTexts } from './reporting.texts';

export interface ComparisonRow {
  id: string;
  name: string;
  figures: FigureSet;
}

let nextId = 0;

/**
 * Every figure of every team over the period, with the organisation as a whole at the foot.
 * It is wide, so it scrolls sideways in its own box, with the team names kept in view.
 */
@Component({
  selector: 'lr-comparison-table',
  imports: [TableScroll],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-table-scroll [labelledBy]="captionId">
      <table data-testid="comparison-table">
        <caption [id]="captionId">
          {{
            caption()
          }}
        </caption>
        <colgroup></colgroup>
        @for (family of families; track family.name) {
          <colgroup [attr.span]="family.metrics.length"></colgroup>
        }
        <thead>
          <tr>
            <td></td>
            @for (family of families; track family.name) {
              <th scope="colgroup" [attr.colspan]="family.metrics.length">
                {{ t().families[family.name] }}
              </th>
            }
          </tr>
          <tr>
            <th scope="col">{{ t().team }}</th>
            @for (metric of metrics; track metric) {
              <th scope="col">{{ t().metrics[metric].label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.id) {
            <tr>
              <th scope="row">{{ row.name }}</th>
              @for (metric of metrics; track metric) {
                <td [class.suppressed-cell]="row.figures[metric] === null">
                  {{ format.figureOf(metric, row.figures) }}
                </td>
              }
            </tr>
          }
        </tbody>
        @if (total(); as whole) {
          <tfoot>
            <tr>
              <th scope="row">{{ t().organisationWhole }}</th>
              @for (metric of metrics; track metric) {
                <td [class.suppressed-cell]="whole[metric] === null">
                  {{ format.figureOf(metric, whole) }}
                </td>
              }
            </tr>
          </tfoot>
        }
      </table>
    </lr-table-scroll>
  `,
  styles: `
    table {
      border-collapse: collapse;
      min-width: 100%;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: var(--lr-space-1);
    }
    th,
    td {
      text-align: left;
      padding: var(--lr-space-1) var(--lr-space-2);
      border-bottom: 1px solid var(--lr-color-border);
      vertical-align: top;
    }
    thead th {
      font-size: var(--lr-font-size-s);
    }
    th[scope='colgroup'] {
      border-bottom: 2px solid var(--lr-color-ink-muted);
    }
    td {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    /* The team names stay in view while the figures scroll past. */
    th[scope='row'],
    thead tr:last-child th:first-child,
    thead td:first-child {
      position: sticky;
      left: 0;
      z-index: 1;
      background: var(--lr-color-surface);
      max-width: 12rem;
    }
    tfoot th,
    tfoot td {
      font-weight: 600;
      border-top: 2px solid var(--lr-color-ink-muted);
    }
    .suppressed-cell {
      font-style: italic;
      color: var(--lr-color-ink-muted);
      white-space: normal;
    }
  `,
})
export class ComparisonTable {
  protected readonly t = injectTexts(reportingTexts);
  protected readonly format = injectReportFormat();
  protected readonly captionId = `comparison-${nextId++}`;
  protected readonly families = (Object.keys(reportFamilies) as ReportFamily[]).map((name) => ({
    name,
    metrics: reportFamilies[name] as readonly ReportMetric[],
  }));
  protected readonly metrics = this.families.flatMap((family) => family.metrics);

  readonly caption = input.required<string>();
  readonly rows = input.required<readonly ComparisonRow[]>();
  /** The organisation as a whole, for an organisation admin. */
  readonly total = input<FigureSet | null>(null);
}
