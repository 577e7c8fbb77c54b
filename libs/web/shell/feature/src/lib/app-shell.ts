import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { NotificationMenu } from './notification-menu';
import { shellTexts } from './shell.texts';

/**
 * The frame every page lives in: skip link, header with navigation, the team switcher, the
 * language switch and the user menu.
 */
@Component({
  selector: 'lr-app-shell',
  imports: [RouterLink, RouterLinkActive, MatButtonModule, MatMenuModule, Notice, NotificationMenu],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-shell.html',
  styleUrl: './app-shell.scss',
})
export class AppShell {
  private readonly localeService = inject(LocaleService);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly t = injectTexts(shellTexts);
  protected readonly startLink = link(appPaths.start);
  protected readonly loginLink = link(appPaths.login);
  protected readonly outboxLink = link(appPaths.outbox);
  protected readonly organisationsLink = link(appPaths.organisations);
  protected readonly profileLink = link(appPaths.profile);
  protected readonly catalogueLink = link(appPaths.catalogue);
  protected readonly myLearningLink = link(appPaths.myLearning);
  protected readonly cardsLink = link(appPaths.cards);
  protected readonly promptsLink = link(appPaths.prompts);
  /** Admins without 2FA cannot do their admin work yet; say so on every page until they can. */
  protected readonly needsTwoFactor = computed(() => {
    const twoFactor = this.session.user()?.twoFactor;
    return !!twoFactor?.required && !twoFactor.enabled;
  });
  /** For the team leader of the team chosen in the switcher. */
  protected readonly teamLearningLink = computed(() => {
    const team = this.session.team();
    return team?.role === 'team_lead'
      ? link(appPaths.teamLearning, { teamId: team.id })
      : undefined;
  });
  protected readonly teamReflectionLink = computed(() => {
    const team = this.session.team();
    return team ? link(appPaths.teamReflection, { teamId: team.id }) : '';
  });
  /** The learning board is for everyone in the team, not only its leader. */
  protected readonly teamBoardLink = computed(() => {
    const team = this.session.team();
    return team ? link(appPaths.teamBoard, { teamId: team.id }) : undefined;
  });
  /** The first organisation this person manages, for its admin links. */
  private readonly managedOrganisation = computed(() =>
    this.session.user()?.organisations.find((candidate) => candidate.admin),
  );
  protected readonly managedOrganisationLink = computed(() => {
    const organisation = this.managedOrganisation();
    return organisation
      ? link(appPaths.organisationTeams, { organisationId: organisation.id })
      : undefined;
  });
  protected readonly organisationDevelopmentLink = computed(() => {
    const organisation = this.managedOrganisation();
    return organisation
      ? link(appPaths.organisationDevelopment, { organisationId: organisation.id })
      : undefined;
  });
  /**
   * A team leader's report of their own team. An admin of the team's organisation already has
   * the organisation's report (with this team to choose), so they get one link, not two.
   */
  protected readonly teamDevelopmentLink = computed(() => {
    const team = this.session.team();
    const administers = this.session
      .user()
      ?.organisations.some((item) => item.admin && item.id === team?.organisationId);
    return team?.role === 'team_lead' && !administers
      ? link(appPaths.teamDevelopment, { teamId: team.id })
      : undefined;
  });
  protected readonly otherLocale = computed(() =>
    this.localeService.locale() === 'nl' ? 'en' : 'nl',
  );

  protected switchLanguage(): void {
    this.localeService.use(this.otherLocale());
  }

  protected chooseTeam(event: Event): void {
    this.session.chooseTeam((event.target as HTMLSelectElement).value);
  }

  protected async logout(): Promise<void> {
    await this.session.logout();
    await this.router.navigateByUrl(this.startLink);
  }
}
