import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injectable,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Subscription } from 'rxjs';
import type { ReportExport, ReportExportRequest } from '@leerruimte/shared-contracts';
import { type ReportScope, ReportingApi } from '@leerruimte/web-reporting-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice } from '@leerruimte/web-shared-ui';
import { toErrorBody } from '@leerruimte/web-shared-util';
import { reportingTexts } from './reporting.texts';

type ExportFormat = ReportExport['format'];

/** Starts a browser download of a finished file; a seam so tests need not navigate. */
@Injectable({ providedIn: 'root' })
export class FileDownload {
  private readonly document = inject(DOCUMENT);

  start(url: string): void {
    const anchor = this.document.createElement('a');
    anchor.href = url;
    anchor.download = '';
    anchor.rel = 'noopener';
    this.document.body.append(anchor);
    anchor.click();
    anchor.remove();
  }
}

interface ExportState {
  format: ExportFormat;
  /** The period the file is for, as shown: the choice may change while it is made. */
  period: string;
  current: ReportExport | null;
  /** The request itself failed (no export exists), as opposed to an export that failed. */
  problem: string | null;
}

/**
 * The report as a file: the worker makes it, so the panel asks for it, follows its progress
 * every second and offers the file when it is ready (and starts the download). The status is
 * announced in a live region; the percentage only shows in the progress bar, so a screen
 * reader is not told every second.
 */
@Component({
  selector: 'lr-report-export',
  imports: [MatProgressBarModule, Notice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="actions">
      @for (format of formats; track format) {
        <button
          class="lr-button lr-button-outlined"
          type="button"
          [attr.data-format]="format"
          (click)="start(format)"
        >
          {{ t().download(t().formats[format]) }}
        </button>
      }
    </div>
    @let current = state();
    <div class="status" aria-live="polite" data-testid="export-status">
      @if (current) {
        @let name = t().formats[current.format];
        @if (current.problem) {
          <lr-notice tone="danger">
            {{ current.problem }}
            <button class="lr-button" type="button" (click)="start(current.format)">
              {{ t().retry }}
            </button>
          </lr-notice>
        } @else if (current.current; as file) {
          @switch (file.status) {
            @case ('ready') {
              <p>{{ t().exportStatus.ready(name) }}</p>
              @if (file.downloadUrl; as url) {
                <p>
                  <a [href]="url" download data-testid="export-link">
                    {{ t().exportLink(name, current.period) }}
                  </a>
                </p>
              }
            }
            @case ('failed') {
              <lr-notice tone="danger">
                {{ t().exportStatus.failed(name) }} {{ t().exportFailed }}
                <button class="lr-button" type="button" (click)="start(current.format)">
                  {{ t().retry }}
                </button>
              </lr-notice>
            }
            @default {
              <p>{{ t().exportStatus[file.status](name) }}</p>
            }
          }
        } @else {
          <p>{{ t().exportStatus.queued(name) }}</p>
        }
      }
    </div>
    @if (inProgress(); as progress) {
      <div class="progress">
        <mat-progress-bar
          mode="determinate"
          [value]="progress.value"
          [attr.aria-label]="t().exportProgress(t().formats[progress.format])"
        />
        <span class="percent">{{ t().exportPercent(progress.value) }}</span>
      </div>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--lr-space-3);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--lr-space-2);
    }
    .status p {
      margin: 0 0 var(--lr-space-1);
    }
    .progress {
      display: flex;
      align-items: center;
      gap: var(--lr-space-3);
      max-width: 32rem;
    }
    mat-progress-bar {
      flex: 1;
    }
    .percent {
      font-variant-numeric: tabular-nums;
      min-width: 6rem;
    }
  `,
})
export class ReportExportPanel {
  private readonly api = inject(ReportingApi);
  private readonly download = inject(FileDownload);
  protected readonly t = injectTexts(reportingTexts);
  protected readonly formats: readonly ExportFormat[] = ['csv', 'xlsx', 'pdf'];

  readonly scope = input.required<ReportScope>();
  readonly from = input.required<string>();
  readonly to = input.required<string>();
  /** One team of the organisation, or undefined for all of them. */
  readonly teamId = input<string>();
  /** The period as shown, e.g. "juli 2026 – september 2026". */
  readonly periodLabel = input.required<string>();

  protected readonly state = signal<ExportState | null>(null);
  protected readonly inProgress = computed(() => {
    const state = this.state();
    const status = state?.current?.status;
    if (!state || state.problem || status === 'ready' || status === 'failed') return null;
    return { format: state.format, value: state.current?.progress ?? 0 };
  });

  private following?: Subscription;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.following?.unsubscribe());
  }

  /** A new request replaces one still being followed; the worker finishes that one anyway. */
  protected start(format: ExportFormat): void {
    this.following?.unsubscribe();
    const request: ReportExportRequest = {
      from: this.from(),
      to: this.to(),
      format,
      ...(this.teamId() ? { teamId: this.teamId() } : {}),
    };
    this.state.set({ format, period: this.periodLabel(), current: null, problem: null });
    this.following = this.api.followExport(this.scope(), request).subscribe({
      next: (current) => {
        this.state.update((state) => state && { ...state, current });
        if (current.status === 'ready' && current.downloadUrl) {
          this.download.start(current.downloadUrl);
        }
      },
      error: (error: unknown) => {
        const body = toErrorBody(error);
        this.state.update(
          (state) =>
            state && {
              ...state,
              problem: body.message || this.t().exportStartFailed,
            },
        );
      },
    });
  }
}
