import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type {
  CurrentUser,
  LoginRequest,
  TwoFactorChallenge,
  TwoFactorLoginRequest,
} from '@leerruimte/shared-contracts';
import { User } from '@leerruimte/api-identity-data';
import { identityErrors } from '../identity.errors';
import { PasswordHasher } from '../passwords/password-hasher';
import { SessionService } from '../sessions/session.service';
import { SsoDomains } from '../single-sign-on/sso-domains';
import { LoginChallenges } from '../two-factor/login-challenge';
import { twoFactorErrors } from '../two-factor/two-factor.errors';
import { TwoFactorService } from '../two-factor/two-factor.service';
import { CurrentUserQuery } from './current-user.query';
import { KnownDevices } from './known-devices';
import { LoginThrottle } from './login-throttle';

export interface ClientInfo {
  ip: string;
  userAgent?: string;
  /** The browser's known-device token, when it has one. */
  deviceToken?: string;
}

export interface LoginSuccess {
  user: CurrentUser;
  token: string;
  expiresAt: Date;
  /** The token that makes this browser a known device of the account from now on. */
  deviceToken: string;
}

export type LoginOutcome = LoginSuccess | { challenge: TwoFactorChallenge };

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly currentUser: CurrentUserQuery,
    private readonly twoFactor: TwoFactorService,
    private readonly challenges: LoginChallenges,
    private readonly devices: KnownDevices,
    private readonly sso: SsoDomains,
  ) {}

  /**
   * Checks the password and starts a session, or, when the account has 2FA on, hands out a
   * challenge for the second step. The error never says whether the address exists.
   */
  async login(credentials: LoginRequest, client: ClientInfo): Promise<LoginOutcome> {
    const email = credentials.email.toLowerCase();
    await this.throttle.assertAllowed(email, client);
    const user = await this.users.findOneBy({ email });
    if (!(await this.hasher.verify(user?.passwordHash, credentials.password)) || !user) {
      await this.throttle.recordFailure(email, client.ip);
      throw identityErrors.invalidCredentials();
    }
    await this.assertPasswordLoginOpen(user);
    if (user.twoFactorEnabledAt) {
      const challenge = await this.challenges.issue(user.id);
      return { challenge: { twoFactorRequired: true, challenge } };
    }
    return this.completeLogin(user, client);
  }

  /** The second step: a code from the app or a recovery code. Failures count like wrong passwords. */
  async loginWithSecondFactor(
    request: TwoFactorLoginRequest,
    client: ClientInfo,
  ): Promise<LoginSuccess> {
    const userId = await this.challenges.userFor(request.challenge);
    const user = userId ? await this.users.findOneBy({ id: userId }) : null;
    if (!user) throw twoFactorErrors.challengeExpired();
    await this.throttle.assertAllowed(user.email, client);
    if (!(await this.twoFactor.verifyCode(user, request.code))) {
      await this.throttle.recordFailure(user.email, client.ip);
      throw twoFactorErrors.wrongCode('code');
    }
    await this.challenges.useUp(request.challenge);
    return this.completeLogin(user, client);
  }

  private async assertPasswordLoginOpen(user: User): Promise<void> {
    const closedBy = await this.sso.passwordClosedFor(user);
    if (closedBy) throw identityErrors.ssoRequired(closedBy.name);
  }

  private async completeLogin(user: User, client: ClientInfo): Promise<LoginSuccess> {
    await this.throttle.clearAccount(user.email);
    const deviceToken = await this.devices.remember(user.email, client.deviceToken);
    const { token, expiresAt } = await this.sessions.start(user.id, client);
    return { user: await this.me(user.id), token, expiresAt, deviceToken };
  }

  async me(userId: string): Promise<CurrentUser> {
    const user = await this.currentUser.forUser(userId);
    if (!user) {
      throw identityErrors.unauthenticated();
    }
    return user;
  }
}
