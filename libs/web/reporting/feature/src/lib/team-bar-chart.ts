import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ReportMetric } from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { axisMax, hatchPath } from './chart-scale';
import { injectReportFormat } from './report-format';
import { reportingTexts } from './reporting.texts';

const WIDTH = 640;
const LEFT = 176;
const RIGHT = 168;
const TOP = 32;
const ROW = 32;
const BOTTOM = 56;
const SUPPRESSED_WIDTH = 28;
const NAME_LENGTH = 24;

let nextId = 0;

export interface TeamBar {
  id: string;
  label: string;
  /** Null is "te weinig deelnemers": a hatched stub with those words, never a bar of 0. */
  value: number | null;
  /** False where the figure means nothing (a share of nothing asked): "–", no bar. */
  applies?: boolean;
}

/**
 * Teams side by side for one figure over the whole period, as horizontal bars so team names
 * stay readable. The same figures, with full names, stand in a table beside the chart.
 */
@Component({
  selector: 'lr-team-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let chart = view();
    <figure>
      <svg
        [attr.viewBox]="'0 0 ' + width + ' ' + chart.height"
        role="img"
        [attr.aria-labelledby]="id + '-title ' + id + '-desc'"
        data-testid="team-bar-chart"
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
            [attr.x1]="tick.x"
            [attr.x2]="tick.x"
            [attr.y1]="top"
            [attr.y2]="chart.bottom"
          />
          <text class="tick" [attr.x]="tick.x" [attr.y]="chart.bottom + 18" text-anchor="middle">
            {{ tick.label }}
          </text>
        }
        @for (bar of chart.bars; track bar.id) {
          <text class="bar-name" [attr.x]="left - 8" [attr.y]="bar.y + 15" text-anchor="end">
            {{ bar.name }}
          </text>
          @if (!bar.applies) {
            <text class="bar-value" [attr.x]="left + 6" [attr.y]="bar.y + 15">–</text>
          } @else if (bar.value === null) {
            <rect
              class="suppressed"
              data-testid="suppressed-bar"
              [attr.x]="left"
              [attr.y]="bar.y"
              [attr.width]="suppressedWidth"
              height="20"
              [attr.fill]="'url(#' + id + '-hatch)'"
            />
            <text class="bar-value" [attr.x]="left + suppressedWidth + 6" [attr.y]="bar.y + 15">
              {{ t().suppressed }}
            </text>
          } @else {
            <rect
              class="bar"
              data-testid="bar"
              [attr.x]="left"
              [attr.y]="bar.y"
              [attr.width]="bar.width"
              height="20"
            />
            <text class="bar-value" [attr.x]="left + bar.width + 6" [attr.y]="bar.y + 15">
              {{ bar.text }}
            </text>
          }
        }
        <line
          class="axis"
          [attr.x1]="left"
          [attr.y1]="top"
          [attr.x2]="left"
          [attr.y2]="chart.bottom"
        />
        <line
          class="axis"
          [attr.x1]="left"
          [attr.y1]="chart.bottom"
          [attr.x2]="right"
          [attr.y2]="chart.bottom"
        />
        <text class="axis-label" [attr.x]="left - 8" y="16" text-anchor="end">
          {{ t().teamAxis }}
        </text>
        <text
          class="axis-label"
          [attr.x]="(left + right) / 2"
          [attr.y]="chart.height - 8"
          text-anchor="middle"
        >
          {{ axisLabel() }}
        </text>
      </svg>
      <figcaption>
        <span class="legend"
          ><span class="key bar-key" aria-hidden="true"></span>{{ axisLabel() }}</span
        >
        <span class="legend"
          ><span class="key hatch-key" aria-hidden="true"></span>{{ t().legendSuppressed }}</span
        >
      </figcaption>
    </figure>
    <table class="data-table" data-testid="team-bar-table">
      <caption>
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ t().team }}</th>
          <th scope="col">{{ axisLabel() }}</th>
        </tr>
      </thead>
      <tbody>
        @for (bar of bars(); track bar.id) {
          <tr>
            <th scope="row">{{ bar.label }}</th>
            <td [class.suppressed-cell]="bar.applies !== false && bar.value === null">
              {{ bar.applies === false ? '–' : format.figure(metric(), bar.value) }}
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: './charts.scss',
})
export class TeamBarChart {
  protected readonly t = injectTexts(reportingTexts);
  protected readonly format = injectReportFormat();
  protected readonly id = `team-bar-chart-${nextId++}`;
  protected readonly hatch = hatchPath;
  protected readonly width = WIDTH;
  protected readonly left = LEFT;
  protected readonly right = WIDTH - RIGHT;
  protected readonly top = TOP;
  protected readonly suppressedWidth = SUPPRESSED_WIDTH;

  readonly caption = input.required<string>();
  readonly metric = input.required<ReportMetric>();
  readonly bars = input.required<readonly TeamBar[]>();

  protected readonly axisLabel = computed(() => this.t().metrics[this.metric()].label);

  protected readonly view = computed(() => {
    const metric = this.metric();
    const bars = this.bars();
    const max = axisMax(
      metric,
      bars.map((bar) => (bar.applies === false ? null : bar.value)),
    );
    const bottom = TOP + Math.max(bars.length, 1) * ROW;
    const scale = (value: number) => (value / max) * (this.right - this.left);
    return {
      height: bottom + BOTTOM,
      bottom,
      bars: bars.map((bar, index) => ({
        id: bar.id,
        // The table beside the chart has the full name.
        name:
          bar.label.length > NAME_LENGTH ? `${bar.label.slice(0, NAME_LENGTH - 1)}…` : bar.label,
        y: TOP + index * ROW + (ROW - 20) / 2,
        value: bar.value,
        applies: bar.applies !== false,
        width: bar.value === null || bar.applies === false ? 0 : scale(bar.value),
        text: this.format.figure(metric, bar.value),
      })),
      ticks: [0, max / 2, max].map((value) => ({
        x: this.left + scale(value),
        label: this.format.figure(metric, value),
      })),
    };
  });

  protected readonly description = computed(() => {
    const bars = this.bars();
    const metric = this.metric();
    const shown = bars.filter((bar) => bar.value !== null && bar.applies !== false);
    if (shown.length === 0) return this.t().barAllSuppressed(bars.length);
    const top = shown.reduce((best, bar) => ((bar.value ?? 0) > (best.value ?? 0) ? bar : best));
    return this.t().barDescription(
      bars.length,
      shown.length,
      `${top.label}: ${this.format.figure(metric, top.value)}`,
    );
  });
}
