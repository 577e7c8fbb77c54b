import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { type PracticeTheme, type Learning, practiceThemes } from '@leerruimte/shared-contracts';
import { BoardApi, boardExportUrl } from '@leerruimte/web-board-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { Breadcrumb, LoadState } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { boardPageTexts, boardTexts } from './board.texts';

const SEARCH_DELAY_MS = 250;

/**
 * Everything the team learned, newest first: searchable, filtered by theme, and downloadable
 * as PDF or Markdown with the same filter.
 */
@Component({
  selector: 'lr-history-page',
  imports: [Breadcrumb, LoadState, MatFormFieldModule, MatInputModule, MatSelectModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[{ label: common().board, link: boardLink() }]"
      [current]="common().history"
    />
    <section class="panel" aria-labelledby="history-title">
      <h1 id="history-title">{{ t().historyTitle }}</h1>
      <p>{{ t().historyIntro }}</p>
      <form class="filters" role="search" (submit)="$event.preventDefault()">
        <mat-form-field appearance="outline">
          <mat-label>{{ t().search }}</mat-label>
          <input
            matInput
            type="search"
            [value]="searchText()"
            (input)="typed($any($event.target).value)"
          />
          <mat-hint>{{ t().searchHint }}</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ common().theme }}</mat-label>
          <mat-select [value]="theme()" (valueChange)="theme.set($event)">
            <mat-option [value]="undefined">{{ common().allThemes }}</mat-option>
            @for (option of themes; track option) {
              <mat-option [value]="option">{{ common().themes[option] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </form>
      <h2 id="downloads-title">{{ t().downloads }}</h2>
      <p class="muted">{{ t().downloadIntro }}</p>
      <div class="actions">
        <a
          class="lr-button lr-button-outlined"
          [href]="pdfUrl()"
          download
          data-testid="download-pdf"
          >{{ t().downloadPdf }}</a
        >
        <a
          class="lr-button lr-button-outlined"
          [href]="markdownUrl()"
          download
          data-testid="download-markdown"
          >{{ t().downloadMarkdown }}</a
        >
      </div>
    </section>

    <lr-load-state [resource]="learnings">
      @if (learnings.hasValue()) {
        <p class="muted">{{ t().found(learnings.value().length) }}</p>
      }
    </lr-load-state>

    @if (learnings.hasValue()) {
      <ol class="item-list">
        @for (learning of learnings.value(); track learning.kind + learning.id) {
          <li class="item">
            <p class="muted">
              {{ t().learningKind[learning.kind] }} · {{ dates.date(learning.at) }}
              @if (learning.theme) {
                · {{ common().themes[learning.theme] }}
              }
            </p>
            <h2>
              <a class="user-text" [routerLink]="learningLink(learning)">{{ learning.title }}</a>
            </h2>
            <p class="user-text">{{ learning.learned }}</p>
            @if (learning.decision) {
              <p>{{ t().decision(common().experimentStatuses[learning.decision]) }}</p>
            }
          </li>
        } @empty {
          <li class="panel">
            <p>{{ search() || theme() ? t().noneFound : t().noHistory }}</p>
          </li>
        }
      </ol>
    }
  `,
  styleUrl: './board-pages.scss',
})
export class HistoryPage {
  private readonly api = inject(BoardApi);
  protected readonly t = injectTexts(boardPageTexts);
  protected readonly common = injectTexts(boardTexts);
  protected readonly dates = injectDateFormat();
  protected readonly themes = practiceThemes;

  readonly teamId = input.required<string>();

  protected readonly searchText = signal('');
  protected readonly search = signal('');
  protected readonly theme = signal<PracticeTheme | undefined>(undefined);
  private searchTimer?: ReturnType<typeof setTimeout>;

  protected readonly learnings = rxResource({
    params: () => ({ teamId: this.teamId(), q: this.search(), theme: this.theme() }),
    stream: ({ params: { teamId, ...filter } }) => this.api.learnings(teamId, filter),
  });
  protected readonly boardLink = computed(() =>
    link(appPaths.teamBoard, { teamId: this.teamId() }),
  );
  protected readonly pdfUrl = computed(() =>
    boardExportUrl(this.teamId(), { format: 'pdf', theme: this.theme() }),
  );
  protected readonly markdownUrl = computed(() =>
    boardExportUrl(this.teamId(), { format: 'md', theme: this.theme() }),
  );

  protected learningLink(learning: Learning): string {
    return learning.kind === 'why_question'
      ? link(appPaths.whyQuestion, { teamId: this.teamId(), questionId: learning.id })
      : link(appPaths.experiment, { teamId: this.teamId(), experimentId: learning.id });
  }

  /** Searches once typing pauses, not on every key. */
  protected typed(text: string): void {
    this.searchText.set(text);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.search.set(text.trim()), SEARCH_DELAY_MS);
  }
}
