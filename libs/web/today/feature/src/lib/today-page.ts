import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import {
  LocaleService,
  displayTimeZone,
  injectDateFormat,
  injectTexts,
  localeTags,
} from '@leerruimte/web-shared-i18n';
import { LoadState } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { TodayApi } from '@leerruimte/web-today-data-access';
import { PlatformStatusPanel } from './platform-status-panel';
import { partOfDay, percentage, relativeMoment } from './today-format';
import { todayTexts } from './today.texts';

/**
 * "Vandaag": a person's own work across their teams, from one request. What needs an answer
 * soon comes first; a team leader, an organisation admin and a platform admin each get their
 * own part below or above it.
 */
@Component({
  selector: 'lr-today-page',
  imports: [LoadState, PlatformStatusPanel, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './today-page.html',
  styleUrl: './today-page.scss',
})
export class TodayPage {
  private readonly api = inject(TodayApi);
  private readonly session = inject(SessionStore);
  private readonly locale = inject(LocaleService).locale;
  protected readonly t = injectTexts(todayTexts);
  private readonly dates = injectDateFormat();
  protected readonly today = rxResource({ stream: () => this.api.today() });
  protected readonly catalogueLink = link(appPaths.catalogue);
  protected readonly agendaLink = link(appPaths.agenda);
  /** Read once: the page is a snapshot of this moment. */
  private readonly now = new Date();

  protected readonly greeting = computed(() => {
    const name = this.session.user()?.name.split(' ')[0] ?? '';
    return this.t().greeting(name, partOfDay(this.now));
  });
  protected readonly date = computed(() =>
    new Intl.DateTimeFormat(localeTags[this.locale()], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: displayTimeZone,
    }).format(this.now),
  );
  protected readonly hasTeams = computed(() => (this.session.user()?.teams.length ?? 0) > 0);

  protected promptLink(occurrenceId: string): string {
    return link(appPaths.prompt, { occurrenceId });
  }
  protected moduleLink(moduleSlug: string): string {
    return link(appPaths.module, { moduleSlug });
  }
  protected lessonLink(moduleSlug: string, lessonSlug: string): string {
    return link(appPaths.lesson, { moduleSlug, lessonSlug });
  }
  protected questionLink(teamId: string, questionId: string): string {
    return link(appPaths.whyQuestion, { teamId, questionId });
  }
  protected experimentLink(teamId: string, experimentId: string): string {
    return link(appPaths.experiment, { teamId, experimentId });
  }
  protected teamReflectionLink(teamId: string): string {
    return link(appPaths.teamReflection, { teamId });
  }
  protected organisationTeamsLink(organisationId: string): string {
    return link(appPaths.organisationTeams, { organisationId });
  }
  protected organisationReportLink(organisationId: string): string {
    return link(appPaths.organisationDevelopment, { organisationId });
  }

  protected closes(closesAt: string): string {
    const { relative, time } = relativeMoment(closesAt, this.now, this.locale());
    return this.t().prompts.closes(relative, time);
  }
  protected when(at: string): string {
    return this.dates.weekdayDateTime(at);
  }
  protected day(value: string): string {
    return this.dates.date(value);
  }
  protected percent(share: number): string {
    return percentage(share, this.locale());
  }
}
