import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type DataPoint, runChart } from '@leerruimte/shared-contracts';
import {
  LocaleService,
  injectDateFormat,
  injectTexts,
  localeTags,
} from '@leerruimte/web-shared-i18n';
import { experimentTexts } from './experiments.texts';

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 56;
const RIGHT = 24;
const TOP = 20;
const BOTTOM = 40;

let nextId = 0;

/**
 * A run chart of an experiment's measure: the points in date order, a dashed median line and
 * the runs of six or more points on one side of it (a shift: likely a real change, not chance).
 * Shift points differ in shape as well as colour, and the same data stands in a table beside it.
 */
@Component({
  selector: 'lr-run-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let chart = view();
    <figure class="run-chart">
      <svg
        [attr.viewBox]="'0 0 ' + width + ' ' + height"
        role="img"
        [attr.aria-labelledby]="id + '-title ' + id + '-desc'"
        data-testid="run-chart"
      >
        <title [id]="id + '-title'">{{ t().chartTitle(measure()) }}</title>
        <desc [id]="id + '-desc'">{{ description() }}</desc>
        <line
          class="axis"
          [attr.x1]="left"
          [attr.y1]="bottom"
          [attr.x2]="right"
          [attr.y2]="bottom"
        />
        <line class="axis" [attr.x1]="left" [attr.y1]="top" [attr.x2]="left" [attr.y2]="bottom" />
        @for (tick of chart.ticks; track $index) {
          <text class="tick" [attr.x]="left - 8" [attr.y]="tick.y + 4" text-anchor="end">
            {{ tick.label }}
          </text>
        }
        @if (chart.median !== null) {
          <line
            class="median"
            data-testid="median-line"
            [attr.x1]="left"
            [attr.x2]="right"
            [attr.y1]="chart.medianY"
            [attr.y2]="chart.medianY"
            stroke-dasharray="6 4"
          />
          <text
            class="median-label"
            [attr.x]="right"
            [attr.y]="chart.medianY - 6"
            text-anchor="end"
          >
            {{ t().medianLabel(format(chart.median)) }}
          </text>
        }
        <polyline class="line" [attr.points]="chart.line" />
        @for (point of chart.points; track $index) {
          @if (point.shift) {
            <rect
              class="point shift"
              [attr.x]="point.x - 6"
              [attr.y]="point.y - 6"
              width="12"
              height="12"
            />
          } @else {
            <circle class="point" [attr.cx]="point.x" [attr.cy]="point.y" r="4.5" />
          }
        }
        @if (chart.points.length > 0) {
          <text
            class="tick"
            [attr.x]="chart.points[0].x"
            [attr.y]="height - 12"
            text-anchor="start"
          >
            {{ dates.dayMonth(chart.points[0].measuredOn) }}
          </text>
          @if (chart.points.length > 1) {
            <text class="tick" [attr.x]="right" [attr.y]="height - 12" text-anchor="end">
              {{ dates.dayMonth(chart.points[chart.points.length - 1].measuredOn) }}
            </text>
          }
        }
      </svg>
      <figcaption>
        <span class="legend"
          ><span class="key circle" aria-hidden="true"></span>{{ t().legendPoint }}</span
        >
        <span class="legend"
          ><span class="key square" aria-hidden="true"></span>{{ t().legendShift }}</span
        >
        <span class="legend"
          ><span class="key dashed" aria-hidden="true"></span>{{ t().legendMedian }}</span
        >
      </figcaption>
    </figure>
    <table class="data-table" data-testid="run-chart-table">
      <caption>
        {{
          t().tableCaption(measure())
        }}
        @if (chart.median !== null) {
          · {{ t().medianLabel(format(chart.median)) }}
        }
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ t().date }}</th>
          <th scope="col">{{ t().value }}</th>
          <th scope="col">{{ t().note }}</th>
          <th scope="col">{{ t().signal }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.id) {
          <tr>
            <td>{{ dates.date(row.measuredOn) }}</td>
            <td>{{ format(row.value) }}</td>
            <td>{{ row.note }}</td>
            <td>{{ row.shift ? t().inShift[row.shift] : '' }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--lr-space-4);
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      align-items: start;
    }
    figure {
      margin: 0;
    }
    svg {
      width: 100%;
      height: auto;
      display: block;
    }
    .axis {
      stroke: var(--lr-color-ink-muted);
      stroke-width: 1;
    }
    .tick,
    .median-label {
      fill: var(--lr-color-ink);
      font-size: 13px;
    }
    .median {
      stroke: var(--lr-color-ink-muted);
      stroke-width: 2;
    }
    .line {
      fill: none;
      stroke: var(--lr-color-brand);
      stroke-width: 2;
    }
    .point {
      fill: var(--lr-color-brand);
    }
    .point.shift {
      fill: var(--lr-color-warning);
      stroke: var(--lr-color-ink);
      stroke-width: 1.5;
    }
    figcaption {
      display: flex;
      flex-wrap: wrap;
      gap: var(--lr-space-3);
      font-size: var(--lr-font-size-s);
    }
    .legend {
      display: inline-flex;
      align-items: center;
      gap: var(--lr-space-1);
    }
    .key {
      display: inline-block;
      width: 0.75rem;
      height: 0.75rem;
    }
    .key.circle {
      border-radius: 50%;
      background: var(--lr-color-brand);
    }
    .key.square {
      background: var(--lr-color-warning);
      outline: 1.5px solid var(--lr-color-ink);
    }
    .key.dashed {
      height: 0;
      width: 1.25rem;
      border-top: 2px dashed var(--lr-color-ink-muted);
    }
    .data-table {
      border-collapse: collapse;
      width: 100%;
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
    }
  `,
})
export class RunChart {
  protected readonly t = injectTexts(experimentTexts);
  protected readonly dates = injectDateFormat();
  private readonly locale = inject(LocaleService).locale;
  protected readonly id = `run-chart-${nextId++}`;
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly right = WIDTH - RIGHT;
  protected readonly top = TOP;
  protected readonly bottom = HEIGHT - BOTTOM;

  readonly points = input.required<readonly DataPoint[]>();
  /** The name of the measure, e.g. "wachttijd in dagen". */
  readonly measure = input<string>('');

  private readonly chart = computed(() => runChart(this.points()));

  /** Which side of the median a point's shift is on, by index in date order. */
  private readonly shiftSides = computed(() => {
    const sides = new Map<number, 'above' | 'below'>();
    for (const shift of this.chart().shifts) {
      for (let index = shift.from; index <= shift.to; index++) sides.set(index, shift.side);
    }
    return sides;
  });

  /** The data points in the chart's order (same sort), keeping their notes. */
  protected readonly rows = computed(() =>
    [...this.points()]
      .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn))
      .map((point, index) => ({ ...point, shift: this.shiftSides().get(index) })),
  );

  protected readonly view = computed(() => {
    const { points, median } = this.chart();
    const values = points.map((point) => point.value);
    let min = Math.min(...values, median ?? Infinity);
    let max = Math.max(...values, median ?? -Infinity);
    if (!Number.isFinite(min) || !Number.isFinite(max)) {
      min = 0;
      max = 1;
    } else if (min === max) {
      min -= 1;
      max += 1;
    }
    const plotWidth = this.right - this.left;
    const plotHeight = this.bottom - this.top;
    const x = (index: number) =>
      points.length === 1
        ? this.left + plotWidth / 2
        : this.left + (index * plotWidth) / (points.length - 1);
    const y = (value: number) => this.top + ((max - value) / (max - min)) * plotHeight;
    const placed = points.map((point, index) => ({
      ...point,
      x: x(index),
      y: y(point.value),
      shift: this.shiftSides().has(index),
    }));
    return {
      points: placed,
      line: placed.map((point) => `${point.x},${point.y}`).join(' '),
      median,
      medianY: median === null ? 0 : y(median),
      ticks: [
        { y: y(max), label: this.format(max) },
        { y: y(min), label: this.format(min) },
      ],
    };
  });

  protected readonly description = computed(() => {
    const { points, median, shifts } = this.chart();
    if (points.length === 0 || median === null) return this.t().noPoints;
    return this.t().chartDescription(
      points.length,
      this.dates.date(points[0].measuredOn),
      this.dates.date(points[points.length - 1].measuredOn),
      this.format(median),
      shifts.length,
    );
  });

  protected format(value: number): string {
    return value.toLocaleString(localeTags[this.locale()], { maximumFractionDigits: 2 });
  }
}
