import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { AuthenticationGuard } from './auth/authentication.guard';
import { CurrentUserQuery } from './auth/current-user.query';
import { LoginThrottle } from './auth/login-throttle';
import { IdentitySeeder } from './demo/identity.seeder';
import { OrganisationAdmin, TeamMembership } from './entities/membership.entity';
import { Organisation } from './entities/organisation.entity';
import { UserSession } from './entities/session.entity';
import { Team } from './entities/team.entity';
import { User } from './entities/user.entity';
import { PasswordHasher } from './passwords/password-hasher';
import { SessionService } from './sessions/session.service';

export const identityEntities = [
  Organisation,
  Team,
  User,
  TeamMembership,
  OrganisationAdmin,
  UserSession,
];

/** People, organisations, teams, roles and sessions; guards every API route. */
@Module({
  imports: [TypeOrmModule.forFeature(identityEntities)],
  controllers: [AuthController],
  providers: [
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    AuthService,
    CurrentUserQuery,
    IdentitySeeder,
    LoginThrottle,
    PasswordHasher,
    SessionService,
  ],
  exports: [SessionService, PasswordHasher],
})
export class IdentityModule {}
