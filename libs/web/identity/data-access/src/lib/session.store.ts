import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  CurrentUser,
  Locale,
  LoginRequest,
  LoginResponse,
  Session,
  TwoFactorChallenge,
  TwoFactorLoginRequest,
  UpdateProfileRequest,
} from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import {
  authControllerLogin,
  authControllerLoginWithSecondFactor,
  authControllerLogout,
  authControllerSession,
  profileControllerUpdate,
  ssoControllerLogoutAtProvider,
} from '@leerruimte/web-shared-api-client/identity';
import { LocaleService } from '@leerruimte/web-shared-i18n';
import { forgetAllDrafts } from '@leerruimte/web-shared-util';

/**
 * Written here rather than next to the contract: a value import from the contracts module would
 * pull its zod schemas into the first page's bundle.
 */
export function isTwoFactorChallenge(response: LoginResponse): response is TwoFactorChallenge {
  return 'twoFactorRequired' in response;
}

/**
 * Who is logged in, and which of their teams they are working in. `user()` is undefined while
 * it is being looked up, null for a visitor.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(ApiClient);
  private readonly locale = inject(LocaleService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<CurrentUser | null | undefined>(undefined);
  private readonly chosenTeamId = signal<string | null>(null);
  private readonly provider = signal<string | null>(null);

  readonly user = this.current.asReadonly();
  /** The organisation whose provider this session came through: it can sign out there too. */
  readonly signedInThrough = this.provider.asReadonly();
  readonly loggedIn = computed(() => !!this.current());
  /**
   * The team chosen in the team switcher (or opened by a link), remembered on the server so the
   * next login starts there; the first team when none was chosen.
   */
  readonly team = computed(() => {
    const teams = this.current()?.teams ?? [];
    return teams.find((team) => team.id === this.chosenTeamId()) ?? teams.at(0) ?? null;
  });

  /** Whether the person leads this team (its team lead or coach). */
  leads(teamId: string): boolean {
    return this.current()?.teams.find((team) => team.id === teamId)?.role === 'team_lead';
  }

  private loading?: Promise<void>;

  /** Looks up who is logged in, once; later calls wait for the same answer. */
  load(): Promise<void> {
    this.loading ??= this.fetch();
    return this.loading;
  }

  /** Asks the API again, after a change the person made to their own account. */
  async refresh(): Promise<void> {
    this.loading = this.fetch();
    await this.loading;
  }

  private async fetch(): Promise<void> {
    // A visitor is an answer, not an error: no 401 in the console of every first visit.
    const { user, signedInThrough }: Session = await firstValueFrom(
      this.api.invoke(authControllerSession),
    );
    if (user) {
      this.signedIn(user, signedInThrough);
    } else {
      this.current.set(null);
    }
  }

  /**
   * Logged in, or a challenge when the account needs its second factor. Rejects with the
   * HttpErrorResponse, so a form can show the server's field errors.
   */
  async login(credentials: LoginRequest): Promise<CurrentUser | TwoFactorChallenge> {
    const response: LoginResponse = await firstValueFrom(
      this.api.invoke(authControllerLogin, { body: credentials }),
    );
    if (!isTwoFactorChallenge(response)) {
      this.signedIn(response);
    }
    return response;
  }

  async loginWithSecondFactor(request: TwoFactorLoginRequest): Promise<CurrentUser> {
    const user: CurrentUser = await firstValueFrom(
      this.api.invoke(authControllerLoginWithSecondFactor, { body: request }),
    );
    this.signedIn(user);
    return user;
  }

  /** The API answered with the logged-in person; their chosen language and team apply. */
  signedIn(user: CurrentUser, signedInThrough: string | null = null): void {
    this.current.set(user);
    this.provider.set(signedInThrough);
    this.chosenTeamId.set(user.preferredTeamId);
    this.locale.use(user.locale);
  }

  /** After the account was removed: nobody is logged in any more. */
  signedOut(): void {
    this.current.set(null);
  }

  async logout(): Promise<void> {
    await firstValueFrom(this.api.invoke(authControllerLogout));
    this.loggedOut();
  }

  /**
   * Logs out here and sends the browser to sign out at the organisation's provider too (for
   * Entra ID: out of every Microsoft app). False when the provider offers no such page, so the
   * caller stays in Leerruimte.
   */
  async logoutAtProvider(): Promise<boolean> {
    const { providerLogoutUrl } = await firstValueFrom(
      this.api.invoke(ssoControllerLogoutAtProvider),
    );
    this.loggedOut();
    if (providerLogoutUrl) this.document.location.assign(providerLogoutUrl);
    return providerLogoutUrl !== null;
  }

  private loggedOut(): void {
    this.current.set(null);
    this.provider.set(null);
    // Drafts of private answers must not outlive the session on a shared computer.
    forgetAllDrafts();
  }

  /** Works in one of my teams from now on, here and at the next login. */
  chooseTeam(teamId: string): void {
    const user = this.current();
    if (!user?.teams.some((team) => team.id === teamId) || this.chosenTeamId() === teamId) return;
    this.chosenTeamId.set(teamId);
    void this.remember({ preferredTeamId: teamId });
  }

  /** The interface language; for a logged-in person also their language for mails. */
  chooseLocale(locale: Locale): void {
    this.locale.use(locale);
    if (this.current()) void this.remember({ locale });
  }

  /**
   * Saves a preference in the background. The choice already applies on this page; when saving
   * fails, it lasts for this visit only, which is not worth interrupting the person for.
   */
  private async remember(change: UpdateProfileRequest): Promise<void> {
    try {
      const user: CurrentUser = await firstValueFrom(
        this.api.invoke(profileControllerUpdate, { body: change }),
      );
      this.current.set(user);
    } catch {
      return;
    }
  }
}
