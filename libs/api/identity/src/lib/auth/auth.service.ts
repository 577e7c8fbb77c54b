import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { CurrentUser, LoginRequest } from '@leerruimte/shared-contracts';
import { User } from '../entities/user.entity';
import { identityErrors } from '../identity.errors';
import { PasswordHasher } from '../passwords/password-hasher';
import { SessionService } from '../sessions/session.service';
import { CurrentUserQuery } from './current-user.query';
import { LoginThrottle } from './login-throttle';

export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly currentUser: CurrentUserQuery,
  ) {}

  /** Checks the password and starts a session. The error never says whether the address exists. */
  async login(
    credentials: LoginRequest,
    client: ClientInfo,
  ): Promise<{ user: CurrentUser; token: string; expiresAt: Date }> {
    const email = credentials.email.toLowerCase();
    await this.throttle.assertAllowed(email, client.ip);
    const user = await this.users.findOneBy({ email });
    if (!(await this.hasher.verify(user?.passwordHash, credentials.password)) || !user) {
      await this.throttle.recordFailure(email, client.ip);
      throw identityErrors.invalidCredentials();
    }
    await this.throttle.clearAccount(email, client.ip);
    const { token, expiresAt } = await this.sessions.start(user.id, client);
    return { user: await this.me(user.id), token, expiresAt };
  }

  async me(userId: string): Promise<CurrentUser> {
    const user = await this.currentUser.forUser(userId);
    if (!user) {
      throw identityErrors.unauthenticated();
    }
    return user;
  }
}
