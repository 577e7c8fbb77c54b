import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { type ModuleTheme, moduleThemes } from '@leerruimte/shared-contracts';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { LoadState } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { learningTexts } from './learning.texts';

const SEARCH_DELAY_MS = 250;

/** The catalogue: every module, with search, theme and duration filters and your progress. */
@Component({
  selector: 'lr-catalogue-page',
  imports: [LoadState, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalogue-page.html',
  styleUrl: './learning-pages.scss',
})
export class CataloguePage {
  private readonly api = inject(LearningApi);
  protected readonly t = injectTexts(learningTexts);
  protected readonly themes = moduleThemes;
  protected readonly durations = [30, 45, 60];

  protected readonly searchText = signal('');
  private readonly search = signal('');
  protected readonly theme = signal<ModuleTheme | undefined>(undefined);
  protected readonly maxMinutes = signal<number | undefined>(undefined);
  private searchTimer?: ReturnType<typeof setTimeout>;

  protected readonly modules = rxResource({
    params: () => ({ q: this.search(), theme: this.theme(), maxMinutes: this.maxMinutes() }),
    stream: ({ params }) => this.api.modules(params),
  });

  protected moduleLink(slug: string): string {
    return link(appPaths.module, { moduleSlug: slug });
  }

  /** Searches once typing pauses, not on every key. */
  protected typed(text: string): void {
    this.searchText.set(text);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.search.set(text.trim()), SEARCH_DELAY_MS);
  }

  protected chooseTheme(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.theme.set(moduleThemes.find((theme) => theme === value));
  }

  protected chooseDuration(event: Event): void {
    const value = Number((event.target as HTMLSelectElement).value);
    this.maxMinutes.set(this.durations.includes(value) ? value : undefined);
  }

  protected clearFilters(): void {
    clearTimeout(this.searchTimer);
    this.searchText.set('');
    this.search.set('');
    this.theme.set(undefined);
    this.maxMinutes.set(undefined);
  }
}
