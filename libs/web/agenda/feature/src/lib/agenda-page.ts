import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  afterRenderEffect,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  type Agenda,
  type AgendaDay,
  type AgendaItem,
  agendaDaysDefault,
  agendaDaysMax,
} from '@leerruimte/shared-contracts';
import { AgendaApi } from '@leerruimte/web-agenda-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { LoadState } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { daysFromToday } from './agenda-format';
import { agendaTexts } from './agenda.texts';

/**
 * The agenda: a person's coming reflection moments and due dates, by day in Amsterdam, from one
 * request. Two weeks at first; one button looks two months ahead.
 */
@Component({
  selector: 'lr-agenda-page',
  imports: [LoadState, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agenda-page.html',
  styleUrl: './agenda-page.scss',
})
export class AgendaPage {
  private readonly api = inject(AgendaApi);
  protected readonly t = injectTexts(agendaTexts);
  protected readonly dates = injectDateFormat();
  protected readonly days = signal(agendaDaysDefault);
  protected readonly agenda = rxResource({
    params: () => this.days(),
    stream: ({ params }) => this.api.agenda(params),
  });
  protected readonly maxDays = agendaDaysMax;
  protected readonly catalogueLink = link(appPaths.catalogue);
  protected readonly promptsLink = link(appPaths.prompts);
  /** Read once: the page is a snapshot of this moment. */
  private readonly now = new Date();

  protected readonly summary = computed(() => {
    if (!this.agenda.hasValue()) return '';
    const items = this.agenda.value().days.flatMap((day) => day.items);
    const count = (kind: AgendaItem['kind']) => items.filter((item) => item.kind === kind).length;
    return this.t().summary(
      count('reflection_moment'),
      count('assignment_due'),
      count('training_session'),
      this.days(),
    );
  });

  private readonly summaryElement = viewChild<ElementRef<HTMLElement>>('summaryText');
  /** After looking further, the new summary gets the focus: the button that had it is gone. */
  private readonly focusSummary = signal(false);

  constructor() {
    afterRenderEffect(() => {
      const element = this.summaryElement()?.nativeElement;
      if (this.focusSummary() && this.agenda.hasValue() && element) {
        element.focus();
        this.focusSummary.set(false);
      }
    });
  }

  /** "Vandaag", "Morgen", or the weekday and date, as a day's heading. */
  protected heading(day: AgendaDay): string {
    const offset = daysFromToday(day.date, this.now);
    if (offset === 0) return this.t().today;
    if (offset === 1) return this.t().tomorrow;
    const date = this.dates.weekdayDate(day.date);
    return date.charAt(0).toUpperCase() + date.slice(1);
  }

  /** The full date under "Vandaag" and "Morgen"; the other headings have it already. */
  protected subheading(day: AgendaDay): string | null {
    return daysFromToday(day.date, this.now) <= 1 ? this.dates.weekdayDate(day.date) : null;
  }

  protected lookFurther(): void {
    this.focusSummary.set(true);
    this.days.set(agendaDaysMax);
  }

  protected isEmpty(agenda: Agenda): boolean {
    return agenda.days.length === 0;
  }
}
