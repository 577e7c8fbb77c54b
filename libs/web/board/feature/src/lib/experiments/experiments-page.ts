import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  type PracticeTheme,
  type ExperimentStatus,
  type ExperimentSummary,
  practiceThemes,
  experimentStatuses,
} from '@leerruimte/shared-contracts';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { Breadcrumb, LoadState } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { boardTexts } from '../board.texts';
import { experimentTexts } from './experiments.texts';

/** Every experiment of the team, filtered by theme and status. */
@Component({
  selector: 'lr-experiments-page',
  imports: [Breadcrumb, LoadState, MatFormFieldModule, MatSelectModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[{ label: common().board, link: boardLink() }]"
      [current]="common().experiments"
    />
    <section class="panel" aria-labelledby="experiments-title">
      <h1 id="experiments-title">{{ t().listTitle }}</h1>
      <p>{{ t().listIntro }}</p>
      <p>
        <a class="lr-button lr-button-filled" [routerLink]="newLink()">{{ t().newExperiment }}</a>
      </p>
      <form class="filters" (submit)="$event.preventDefault()" [attr.aria-label]="common().filters">
        <mat-form-field appearance="outline">
          <mat-label>{{ common().theme }}</mat-label>
          <mat-select [value]="theme()" (valueChange)="theme.set($event)">
            <mat-option [value]="undefined">{{ common().allThemes }}</mat-option>
            @for (option of themes; track option) {
              <mat-option [value]="option">{{ common().themes[option] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ common().status }}</mat-label>
          <mat-select [value]="status()" (valueChange)="status.set($event)">
            <mat-option [value]="undefined">{{ common().allStatuses }}</mat-option>
            @for (option of statuses; track option) {
              <mat-option [value]="option">{{ common().experimentStatuses[option] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </form>
    </section>

    <lr-load-state [resource]="experiments">
      @if (experiments.hasValue()) {
        <p class="muted">{{ t().found(experiments.value().length) }}</p>
      }
    </lr-load-state>

    @if (experiments.hasValue()) {
      <ul class="item-list">
        @for (experiment of experiments.value(); track experiment.id) {
          <li class="item">
            @if (experiment.hidden; as hidden) {
              <p class="hidden-item">{{ common().hiddenBy(hidden.reason) }}</p>
            } @else {
              <h2>
                <a class="user-text" [routerLink]="experimentLink(experiment.id)">{{
                  experiment.title
                }}</a>
              </h2>
              <ul class="meta">
                <li class="chip">
                  {{ common().status }}: {{ common().experimentStatuses[experiment.status] }}
                </li>
                @if (experiment.theme) {
                  <li>{{ common().themes[experiment.theme] }}</li>
                }
                @if (period(experiment); as text) {
                  <li>{{ text }}</li>
                }
                <li>{{ t().participants(experiment.participantCount) }}</li>
                <li>{{ t().observations(experiment.logCount) }}</li>
                <li>{{ common().author(experiment.author) }}</li>
              </ul>
            }
          </li>
        } @empty {
          <li class="panel">
            @if (theme() || status()) {
              <p>{{ t().noneFound }}</p>
              <button class="lr-button lr-button-outlined" type="button" (click)="clearFilters()">
                {{ common().clearFilters }}
              </button>
            } @else {
              <p>{{ t().none }}</p>
              <a class="lr-button lr-button-outlined" [routerLink]="newLink()">{{
                t().newExperiment
              }}</a>
            }
          </li>
        }
      </ul>
    }
  `,
  styleUrl: '../board-pages.scss',
})
export class ExperimentsPage {
  private readonly api = inject(BoardApi);
  protected readonly t = injectTexts(experimentTexts);
  protected readonly common = injectTexts(boardTexts);
  private readonly dates = injectDateFormat();
  protected readonly themes = practiceThemes;
  protected readonly statuses = experimentStatuses;

  readonly teamId = input.required<string>();

  protected readonly theme = signal<PracticeTheme | undefined>(undefined);
  protected readonly status = signal<ExperimentStatus | undefined>(undefined);
  protected readonly experiments = rxResource({
    params: () => ({ teamId: this.teamId(), theme: this.theme(), status: this.status() }),
    stream: ({ params: { teamId, ...filter } }) => this.api.experiments(teamId, filter),
  });

  protected readonly boardLink = computed(() =>
    link(appPaths.teamBoard, { teamId: this.teamId() }),
  );
  protected readonly newLink = computed(() =>
    link(appPaths.newExperiment, { teamId: this.teamId() }),
  );

  protected experimentLink(experimentId: string): string {
    return link(appPaths.experiment, { teamId: this.teamId(), experimentId });
  }

  protected period(experiment: ExperimentSummary): string | null {
    if (!experiment.startDate) return null;
    const start = this.dates.date(experiment.startDate);
    return experiment.endDate
      ? this.t().period(start, this.dates.date(experiment.endDate))
      : this.t().from(start);
  }

  protected clearFilters(): void {
    this.theme.set(undefined);
    this.status.set(undefined);
  }
}
