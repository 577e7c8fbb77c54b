import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  AppError,
  type FieldProblem,
  validationFailed,
} from '@leerruimte/api-core';
import { Mailer } from '@leerruimte/api-infrastructure';
import type {
  AcceptInvitationRequest,
  InvitationPreview,
  InvitationView,
  InviteRequest,
} from '@leerruimte/shared-contracts';
import { AuditLog } from '@leerruimte/api-identity-data';
import { Organisation, Team, TeamMembership, User } from '@leerruimte/api-identity-data';
import { identityErrors } from '../identity.errors';
import { checkPassword } from '../passwords/password-policy';
import { SsoDomains } from '../single-sign-on/sso-domains';
import { PasswordHasher } from '../passwords/password-hasher';
import { hashToken } from '../sessions/session.service';
import { Invitation } from './invitation.entity';
import { invitationMail } from './invitation-mail';
import { appPaths, link } from '@leerruimte/shared-paths';

export const INVITATION_VALID_DAYS = 14;

const invitationErrors = {
  alreadyMember: () =>
    new AppError(
      HttpStatus.CONFLICT,
      'already_member',
      { nl: 'Deze persoon zit al in dit team.', en: 'This person is already in this team.' },
      [
        {
          field: 'email',
          code: 'already_member',
          text: {
            nl: 'Dit e-mailadres hoort al bij een teamlid.',
            en: 'This e-mail address already belongs to a team member.',
          },
        },
      ],
    ),
  notFound: () =>
    new AppError(HttpStatus.NOT_FOUND, 'invitation_not_found', {
      nl: 'Deze uitnodiging bestaat niet of is al gebruikt.',
      en: 'This invitation does not exist or has already been used.',
    }),
  expired: () =>
    new AppError(HttpStatus.GONE, 'invitation_expired', {
      nl: 'Deze uitnodiging is verlopen. Vraag degene die je uitnodigde om een nieuwe.',
      en: 'This invitation has expired. Ask the person who invited you for a new one.',
    }),
  logInFirst: (email: string) =>
    new AppError(HttpStatus.UNAUTHORIZED, 'log_in_to_accept', {
      nl: `Er is al een account voor ${email}. Log daarmee in om de uitnodiging aan te nemen.`,
      en: `There already is an account for ${email}. Log in with it to accept the invitation.`,
    }),
  newAccountFields: validationFailed,
};

const required: FieldProblem['text'] = {
  nl: 'Dit veld is verplicht.',
  en: 'This field is required.',
};

export interface InvitationActor {
  userId: string;
  ip: string;
}

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly mailer: Mailer,
    private readonly hasher: PasswordHasher,
    private readonly sso: SsoDomains,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(
    teamId: string,
    request: InviteRequest,
    actor: InvitationActor,
  ): Promise<InvitationView> {
    const email = request.email.toLowerCase();
    const { invitation, token } = await this.dataSource.transaction(async (manager) => {
      const member = await manager
        .createQueryBuilder(TeamMembership, 'm')
        .innerJoin(User, 'u', 'u.id = m.user_id')
        .where('m.team_id = :teamId AND u.email = :email', { teamId, email })
        .getExists();
      if (member) throw invitationErrors.alreadyMember();
      // A new invitation replaces an open one for the same address, so only the newest link works.
      await manager.delete(Invitation, { teamId, email, acceptedAt: IsNull() });
      const token = randomBytes(32).toString('base64url');
      const invitation = await manager.save(Invitation, {
        teamId,
        email,
        role: request.role,
        tokenHash: hashToken(token),
        invitedBy: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000),
        acceptedAt: null,
      });
      await this.audit.record(manager, {
        action: 'invitation.sent',
        organisationId: await this.organisationOf(teamId),
        actorId: actor.userId,
        teamId,
        details: { email, role: request.role },
        ip: actor.ip,
      });
      return { invitation, token };
    });
    await this.mail(invitation, token, actor.userId);
    return this.view(invitation);
  }

  async resend(
    teamId: string,
    invitationId: string,
    actor: InvitationActor,
  ): Promise<InvitationView> {
    const invitation = await this.dataSource
      .getRepository(Invitation)
      .findOneBy({ id: invitationId, teamId, acceptedAt: IsNull() });
    if (!invitation) throw invitationErrors.notFound();
    return this.invite(teamId, { email: invitation.email, role: invitation.role }, actor);
  }

  async pending(teamId: string): Promise<InvitationView[]> {
    const invitations = await this.dataSource
      .getRepository(Invitation)
      .find({ where: { teamId, acceptedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return invitations.map((invitation) => this.view(invitation));
  }

  async preview(token: string): Promise<InvitationPreview> {
    const { invitation, team, organisation } = await this.open(token);
    const accountExists = await this.dataSource
      .getRepository(User)
      .existsBy({ email: invitation.email });
    const method = await this.sso.methodFor(invitation.email);
    return {
      email: invitation.email,
      teamName: team.name,
      organisationName: organisation.name,
      accountExists,
      sso:
        method.method === 'sso'
          ? { organisationName: method.organisationName, required: method.required }
          : null,
    };
  }

  /**
   * Joins the team: a new person creates their account with a name and password; a person who
   * already has one must be logged in with it. Returns the user id.
   */
  async accept(
    token: string,
    request: AcceptInvitationRequest,
    loggedInUserId: string | undefined,
    ip: string,
  ): Promise<{ userId: string; newAccount: boolean }> {
    const { invitation, team } = await this.open(token);
    const existing = await this.dataSource
      .getRepository(User)
      .findOneBy({ email: invitation.email });
    if (existing && existing.id !== loggedInUserId)
      throw invitationErrors.logInFirst(invitation.email);
    let passwordHash: string | undefined;
    if (!existing) {
      // Signing in through the organisation accepts the invitation; no password account here.
      const closedBy = await this.sso.passwordLoginClosedBy(invitation.email);
      if (closedBy) throw identityErrors.ssoRequired(closedBy.name);
      const problems: FieldProblem[] = [];
      if (!request.name) problems.push({ field: 'name', code: 'invalid_type', text: required });
      if (!request.password) {
        problems.push({ field: 'password', code: 'invalid_type', text: required });
      } else {
        const problem = checkPassword(request.password);
        if (problem) problems.push({ field: 'password', code: problem.code, text: problem.text });
      }
      if (problems.length > 0) throw invitationErrors.newAccountFields(problems);
      passwordHash = await this.hasher.hash(request.password as string);
    }
    return this.dataSource.transaction(async (manager) => {
      // Locks the invitation, so two clicks on the link accept it once.
      const locked = await manager
        .createQueryBuilder(Invitation, 'i')
        .setLock('pessimistic_write')
        .where('i.id = :id AND i.accepted_at IS NULL', { id: invitation.id })
        .getOne();
      if (!locked) throw invitationErrors.notFound();
      const user =
        existing ??
        (await manager.save(User, {
          email: invitation.email,
          name: request.name as string,
          passwordHash: passwordHash as string,
        }));
      await manager
        .createQueryBuilder()
        .insert()
        .into(TeamMembership)
        .values({ userId: user.id, teamId: team.id, role: invitation.role })
        .orIgnore()
        .execute();
      await manager.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
      // The link reached the address, so the address is the person's.
      await manager.update(
        User,
        { id: user.id, emailVerifiedAt: IsNull() },
        { emailVerifiedAt: new Date() },
      );
      await this.audit.record(manager, {
        action: 'invitation.accepted',
        organisationId: team.organisationId,
        actorId: user.id,
        targetUserId: user.id,
        teamId: team.id,
        details: { role: invitation.role, newAccount: !existing },
        ip,
      });
      return { userId: user.id, newAccount: !existing };
    });
  }

  private async open(token: string) {
    const invitation = await this.dataSource
      .getRepository(Invitation)
      .findOneBy({ tokenHash: hashToken(token), acceptedAt: IsNull() });
    if (!invitation) throw invitationErrors.notFound();
    if (invitation.expiresAt <= new Date()) throw invitationErrors.expired();
    const team = await this.dataSource
      .getRepository(Team)
      .findOneByOrFail({ id: invitation.teamId });
    const organisation = await this.dataSource
      .getRepository(Organisation)
      .findOneByOrFail({ id: team.organisationId });
    return { invitation, team, organisation };
  }

  private async mail(invitation: Invitation, token: string, inviterId: string): Promise<void> {
    const [team, inviter, invitee] = await Promise.all([
      this.dataSource.getRepository(Team).findOneByOrFail({ id: invitation.teamId }),
      this.dataSource.getRepository(User).findOneByOrFail({ id: inviterId }),
      this.dataSource.getRepository(User).findOneBy({ email: invitation.email }),
    ]);
    const organisation = await this.dataSource
      .getRepository(Organisation)
      .findOneByOrFail({ id: team.organisationId });
    await this.mailer.send(
      invitationMail(invitee?.locale ?? 'nl', {
        to: invitation.email,
        teamName: team.name,
        organisationName: organisation.name,
        inviterName: inviter.name,
        link: `${this.config.http.publicUrl}${link(appPaths.invitation, { token })}`,
        expiresInDays: INVITATION_VALID_DAYS,
      }),
    );
  }

  private view(invitation: Invitation): InvitationView {
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      invitedAt: invitation.createdAt.toISOString(),
      expiresAt: invitation.expiresAt.toISOString(),
      expired: invitation.expiresAt <= new Date(),
    };
  }

  private async organisationOf(teamId: string): Promise<string | null> {
    return (
      (await this.dataSource.getRepository(Team).findOneBy({ id: teamId }))?.organisationId ?? null
    );
  }
}
