import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ReportMetric } from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { axisMax, hatchPath } from './chart-scale';
import { injectReportFormat } from './report-format';
import { reportingTexts } from './reporting.texts';

const WIDTH = 640;
const HEIGHT = 280;
const LEFT = 64;
const RIGHT = 16;
const TOP = 32;
const BOTTOM = 56;

let nextId = 0;

/**
 * One figure per month as a line. A month with too few participants has no point: the line
 * breaks there and the month is hatched, so no one reads a 0 that was not there. The same
 * figures stand in a table beside the chart.
 */
@Component({
  selector: 'lr-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let chart = view();
    <figure>
      <svg
        [attr.viewBox]="'0 0 ' + width + ' ' + height"
        role="img"
        [attr.aria-labelledby]="id + '-title ' + id + '-desc'"
        data-testid="trend-chart"
      >
        <title [id]="id + '-title'">{{ caption() }}</title>
        <desc [id]="id + '-desc'">{{ description() }}</desc>
        <defs>
          <pattern [id]="id + '-hatch'" width="8" height="8" patternUnits="userSpaceOnUse">
            <path class="hatch-line" [attr.d]="hatch" />
          </pattern>
        </defs>
        @for (tick of chart.ticks; track $index) {
          <line
            class="grid"
            [attr.x1]="left"
            [attr.x2]="right"
            [attr.y1]="tick.y"
            [attr.y2]="tick.y"
          />
          <text class="tick" [attr.x]="left - 8" [attr.y]="tick.y + 4" text-anchor="end">
            {{ tick.label }}
          </text>
        }
        @for (band of chart.suppressed; track band.month) {
          <rect
            class="suppressed"
            data-testid="suppressed-month"
            [attr.x]="band.x"
            [attr.y]="top"
            [attr.width]="band.width"
            [attr.height]="bottom - top"
            [attr.fill]="'url(#' + id + '-hatch)'"
          />
        }
        <line
          class="axis"
          [attr.x1]="left"
          [attr.y1]="bottom"
          [attr.x2]="right"
          [attr.y2]="bottom"
        />
        <line class="axis" [attr.x1]="left" [attr.y1]="top" [attr.x2]="left" [attr.y2]="bottom" />
        @for (segment of chart.segments; track $index) {
          <polyline class="line" [attr.points]="segment" />
        }
        @for (point of chart.points; track point.month) {
          <circle
            class="point"
            data-testid="point"
            [attr.cx]="point.x"
            [attr.cy]="point.y"
            r="4.5"
          />
        }
        @for (label of chart.labels; track label.month) {
          <text class="tick" [attr.x]="label.x" [attr.y]="bottom + 18" text-anchor="middle">
            {{ label.text }}
          </text>
        }
        <text class="axis-label" [attr.x]="left" y="16" text-anchor="start">{{ axisLabel() }}</text>
        <text
          class="axis-label"
          [attr.x]="(left + right) / 2"
          [attr.y]="height - 8"
          text-anchor="middle"
        >
          {{ t().monthAxis }}
        </text>
      </svg>
      <figcaption>
        <span class="legend"
          ><span class="key line-key" aria-hidden="true"></span
          >{{ monthsPerPoint() > 1 ? t().legendWindow : t().legendLine }}</span
        >
        <span class="legend"
          ><span class="key hatch-key" aria-hidden="true"></span>{{ t().legendSuppressed }}</span
        >
      </figcaption>
    </figure>
    <table class="data-table" data-testid="trend-table">
      <caption>
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ monthsPerPoint() > 1 ? t().windowColumn : t().month }}</th>
          <th scope="col">{{ axisLabel() }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.month) {
          <tr>
            <th scope="row">
              {{
                monthsPerPoint() > 1
                  ? format.window(row.month, monthsPerPoint())
                  : format.month(row.month)
              }}
            </th>
            <td [class.suppressed-cell]="row.applies && row.value === null">
              {{ row.applies ? format.figure(metric(), row.value) : '–' }}
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: './charts.scss',
})
export class TrendChart {
  protected readonly t = injectTexts(reportingTexts);
  protected readonly format = injectReportFormat();
  protected readonly id = `trend-chart-${nextId++}`;
  protected readonly hatch = hatchPath;
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly right = WIDTH - RIGHT;
  protected readonly top = TOP;
  protected readonly bottom = HEIGHT - BOTTOM;

  /** What the chart shows, e.g. "Leeruren per maand · Wijkteam Centrum". */
  readonly caption = input.required<string>();
  readonly metric = input.required<ReportMetric>();
  /** The months of the period, as YYYY-MM, in order. */
  readonly months = input.required<readonly string[]>();
  /** One value per month; null is "te weinig deelnemers". */
  readonly values = input.required<readonly (number | null)[]>();
  /**
   * Per month, whether the figure means something: a share of nothing asked does not, and is
   * neither drawn as 0 nor as suppressed, but left out ("–").
   */
  readonly applies = input<readonly boolean[]>([]);
  /** How many months each value spans, ending in its month (a rolling window: 3). */
  readonly monthsPerPoint = input(1);

  protected readonly axisLabel = computed(() => this.t().metrics[this.metric()].label);

  protected readonly rows = computed(() =>
    this.months().map((month, index) => ({
      month,
      value: this.values()[index] ?? null,
      applies: this.applies()[index] ?? true,
    })),
  );

  protected readonly view = computed(() => {
    const rows = this.rows();
    const metric = this.metric();
    const max = axisMax(
      metric,
      rows.map((row) => (row.applies ? row.value : null)),
    );
    const band = (this.right - this.left) / Math.max(rows.length, 1);
    const x = (index: number) => this.left + band * (index + 0.5);
    const y = (value: number) => this.bottom - (value / max) * (this.bottom - this.top);

    const segments: string[] = [];
    let current: string[] = [];
    rows.forEach((row, index) => {
      if (row.value === null || !row.applies) {
        if (current.length > 1) segments.push(current.join(' '));
        current = [];
      } else {
        current.push(`${x(index)},${y(row.value)}`);
      }
    });
    if (current.length > 1) segments.push(current.join(' '));

    // About twelve month labels fit; with more months, every second or third is named.
    const step = Math.ceil(rows.length / 12);
    return {
      segments,
      points: rows.flatMap((row, index) =>
        row.value === null || !row.applies
          ? []
          : [{ month: row.month, x: x(index), y: y(row.value) }],
      ),
      suppressed: rows.flatMap((row, index) =>
        row.value === null && row.applies
          ? [{ month: row.month, x: x(index) - band / 2, width: band }]
          : [],
      ),
      labels: rows.flatMap((row, index) =>
        index % step === 0
          ? [{ month: row.month, x: x(index), text: this.format.shortMonth(row.month) }]
          : [],
      ),
      ticks: [0, max / 2, max].map((value) => ({
        y: y(value),
        label: this.format.figure(metric, value),
      })),
    };
  });

  protected readonly description = computed(() => {
    const rows = this.rows();
    const metric = this.metric();
    const shown = rows
      .filter((row) => row.applies)
      .map((row) => row.value)
      .filter((value): value is number => value !== null);
    if (rows.length === 0) return this.t().chartEmpty;
    if (shown.length === 0) return this.t().lineAllSuppressed(rows.length);
    return this.t().lineDescription(
      rows.length,
      shown.length,
      this.format.figure(metric, Math.min(...shown)),
      this.format.figure(metric, Math.max(...shown)),
    );
  });
}
