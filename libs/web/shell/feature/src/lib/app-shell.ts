import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { filter, map } from 'rxjs';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { navigationFor, teamIdInUrl, visitorNavigation } from './navigation';
import { NotificationMenu } from './notification-menu';
import { NotificationPlaceholder } from './notification-placeholder';
import { UserMenu } from './user-menu';
import { UserMenuPlaceholder } from './user-menu-placeholder';
import { SearchEntry } from './search-entry';
import { shellTexts } from './shell.texts';

/** Below this width the menu folds into a drawer behind a menu button. */
const COMPACT = '(max-width: 63.99rem)';

/**
 * The frame every page lives in: skip link, a header that never wraps, the navigation (a side
 * column on a laptop, a drawer on a phone) with the team switcher, the language switch and the
 * user menu.
 */
@Component({
  selector: 'lr-app-shell',
  imports: [
    RouterLink,
    RouterLinkActive,
    Notice,
    NotificationMenu,
    NotificationPlaceholder,
    SearchEntry,
    UserMenu,
    UserMenuPlaceholder,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-shell.html',
  styleUrl: './app-shell.scss',
  host: {
    '[class.compact]': 'compact()',
    '[class.with-navigation]': '!!session.user() || !compact()',
    '(document:keydown.escape)': 'closeMenu(true)',
  },
})
export class AppShell {
  private readonly localeService = inject(LocaleService);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly t = injectTexts(shellTexts);
  protected readonly startLink = link(appPaths.start);
  protected readonly loginLink = link(appPaths.login);
  protected readonly profileLink = link(appPaths.profile);

  private readonly breakpoints = inject(BreakpointObserver);
  /** Phone or small tablet: known before the first paint, so the layout does not jump. */
  protected readonly compact = toSignal(
    this.breakpoints.observe(COMPACT).pipe(map((state) => state.matches)),
    { initialValue: this.breakpoints.isMatched(COMPACT) },
  );
  protected readonly menuOpen = signal(false);
  protected readonly drawerOpen = computed(() => !!this.compact() && this.menuOpen());
  private readonly menuButton = viewChild<ElementRef<HTMLButtonElement>>('menuButton');
  private readonly navigation = viewChild<ElementRef<HTMLElement>>('navigation');
  private readonly injector = inject(Injector);

  protected readonly sections = computed(() => {
    const user = this.session.user();
    const t = this.t();
    if (user === undefined) return [];
    return user
      ? navigationFor(user, this.session.team(), t.nav, {
          team: t.team,
          platform: t.platformHeading,
        })
      : visitorNavigation(t.nav);
  });
  protected readonly teams = computed(() => this.session.user()?.teams ?? []);
  /** Admins without 2FA cannot do their admin work yet; say so on every page until they can. */
  protected readonly needsTwoFactor = computed(() => {
    const twoFactor = this.session.user()?.twoFactor;
    return !!twoFactor?.required && !twoFactor.enabled;
  });
  protected readonly otherLocale = computed(() =>
    this.localeService.locale() === 'nl' ? 'en' : 'nl',
  );

  constructor() {
    // A page of one of my teams (opened from a link, a mail, the history) makes it the team I
    // work in, so the switcher and the menu never show another team than the page.
    const url = toSignal(
      this.router.events.pipe(
        filter((event) => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects),
      ),
      { initialValue: this.router.url },
    );
    effect(() => {
      const teamId = teamIdInUrl(url());
      if (teamId && this.session.user()) untracked(() => this.session.chooseTeam(teamId));
    });
    const navigation = this.router.events
      .pipe(filter((event) => event instanceof NavigationEnd))
      .subscribe(() => this.menuOpen.set(false));
    inject(DestroyRef).onDestroy(() => navigation.unsubscribe());
    // Leaving the phone layout with the drawer open would leave the page behind a backdrop.
    effect(() => {
      if (!this.compact()) this.menuOpen.set(false);
    });
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
    if (!this.menuOpen()) return;
    // Into the drawer, at its first link, once it is shown.
    afterNextRender(
      () => this.navigation()?.nativeElement.querySelector<HTMLElement>('a, select')?.focus(),
      { injector: this.injector },
    );
  }

  /** Escape or the backdrop closes the drawer and puts focus back on its button. */
  protected closeMenu(returnFocus: boolean): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    if (returnFocus) this.menuButton()?.nativeElement.focus();
  }

  protected switchLanguage(): void {
    this.session.chooseLocale(this.otherLocale());
  }

  protected chooseTeam(event: Event): void {
    const teamId = (event.target as HTMLSelectElement).value;
    this.session.chooseTeam(teamId);
    const team = this.session.team();
    const current = teamIdInUrl(this.router.url);
    if (!team || !current || current === teamId) return;
    // On a page of the previous team, go to the same page of the chosen one (its items, like a
    // question, stay behind); a leader's page becomes the board for a member.
    const page = this.router.url.split(/[?#]/)[0].split('/')[3];
    const board = link(appPaths.teamBoard, { teamId });
    void this.router.navigateByUrl(
      team.role === 'team_lead' && page ? `/team/${encodeURIComponent(teamId)}/${page}` : board,
    );
  }

  protected async logout(): Promise<void> {
    await this.session.logout();
    await this.router.navigateByUrl(this.startLink);
  }

  protected async logoutAtProvider(): Promise<void> {
    if (!(await this.session.logoutAtProvider())) {
      await this.router.navigateByUrl(this.startLink);
    }
  }
}
