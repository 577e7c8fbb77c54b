import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DelegatedAccessRegistry } from '@leerruimte/api-core';
import { AuditLog, identityDataEntities } from '@leerruimte/api-identity-data';
import { AccessPolicy } from './access/access-policy';
import { AuthorizationGuard } from './access/authorization.guard';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { AuthenticationGuard } from './auth/authentication.guard';
import { CurrentUserCache, CurrentUserQuery } from './auth/current-user.query';
import { KnownDevices } from './auth/known-devices';
import { LoginThrottle } from './auth/login-throttle';
import { UnlockLinks } from './auth/unlock-links';
import { DemoSso } from './demo/demo-sso';
import { IdentitySeeder } from './demo/identity.seeder';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { PasswordReset } from './password-reset/password-reset.entity';
import { PasswordResetService } from './password-reset/password-reset.service';
import { PasswordHasher } from './passwords/password-hasher';
import { ProfileController } from './profile/profile.controller';
import { ProfileService } from './profile/profile.service';
import { SessionCleanupJob } from './sessions/session-cleanup.job';
import { SessionCache } from './sessions/session-cache';
import { SessionService } from './sessions/session.service';
import { Invitation } from './invitations/invitation.entity';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationsService } from './invitations/invitations.service';
import { OutboxController } from './invitations/outbox.controller';
import { OidcProviders } from './single-sign-on/oidc-providers';
import { SsoConnection, SsoDomain, SsoIdentity } from './single-sign-on/sso-connection.entity';
import { SsoController } from './single-sign-on/sso.controller';
import { SsoDomains } from './single-sign-on/sso-domains';
import { SsoSecrets } from './single-sign-on/sso-secrets';
import { SsoSettingsService } from './single-sign-on/sso-settings.service';
import { SsoSignIn } from './single-sign-on/sso-sign-in.service';
import { SsoSignOut } from './single-sign-on/sso-sign-out';
import { PeopleImport, PeopleImportRow } from './people-import/people-import.entities';
import { PeopleImportsController } from './people-import/people-imports.controller';
import { PeopleImports } from './people-import/people-imports.service';
import { TeamsController } from './teams/teams.controller';
import { TeamsService } from './teams/teams.service';
import { LoginChallenges } from './two-factor/login-challenge';
import { RecoveryCode } from './two-factor/recovery-code.entity';
import { TwoFactorController } from './two-factor/two-factor.controller';
import { TwoFactorService } from './two-factor/two-factor.service';

export const identityEntities = [
  ...identityDataEntities,
  Invitation,
  PasswordReset,
  RecoveryCode,
  SsoConnection,
  SsoDomain,
  SsoIdentity,
  PeopleImport,
  PeopleImportRow,
];

/** People, organisations, teams, roles, sessions and the audit log; guards every API route. */
@Module({
  imports: [DiscoveryModule, TypeOrmModule.forFeature(identityEntities)],
  controllers: [
    AuthController,
    ProfileController,
    TwoFactorController,
    TeamsController,
    InvitationsController,
    OutboxController,
    OrganisationsController,
    SsoController,
    PeopleImportsController,
  ],
  providers: [
    // Order matters: who is calling first, then what they may do.
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: AuthorizationGuard },
    DelegatedAccessRegistry,
    AccessPolicy,
    AuditLog,
    AuthService,
    CurrentUserQuery,
    CurrentUserCache,
    DemoSso,
    IdentitySeeder,
    InvitationsService,
    KnownDevices,
    LoginChallenges,
    LoginThrottle,
    UnlockLinks,
    OrganisationsService,
    PasswordHasher,
    PasswordResetService,
    PeopleImports,
    ProfileService,
    SessionService,
    SessionCache,
    OidcProviders,
    SsoDomains,
    SsoSecrets,
    SsoSettingsService,
    SsoSignIn,
    SsoSignOut,
    TeamsService,
    TwoFactorService,
  ],
  exports: [SessionService, PasswordHasher],
})
export class IdentityModule {}

/** The worker's part: housekeeping of identity data, and importing lists of people. */
@Module({
  imports: [TypeOrmModule.forFeature(identityEntities)],
  providers: [
    AuditLog,
    InvitationsService,
    PasswordHasher,
    PeopleImports,
    SsoDomains,
    SessionService,
    SessionCache,
    SessionCleanupJob,
  ],
})
export class IdentityWorkerModule {}
