import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { Organisation, Team, User } from '@leerruimte/api-identity-data';
import { Invitation } from '../invitations/invitation.entity';
import { INVITATION_VALID_DAYS } from '../invitations/invitations.service';
import { hashToken } from '../sessions/session.service';
import { SsoConnection, SsoDomain } from '../single-sign-on/sso-connection.entity';
import { SsoSecrets } from '../single-sign-on/sso-secrets';
import demoAccounts from './demo-accounts.json' with { type: 'json' };

/**
 * `npm start` runs a demo OpenID Provider beside Leerruimte; this points Gemeente Voorbeeldstad's
 * single sign-on at it (its address can change between starts), with a proven demo domain and
 * an open invitation for its new colleague, so signing in through the organisation works at once.
 */
@Injectable()
export class DemoSso {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SsoSecrets,
  ) {}

  /** False when the demo organisation is not there (demo data left out). */
  async connect(issuer: string): Promise<boolean> {
    const { sso } = demoAccounts;
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager
        .getRepository(Organisation)
        .findOneBy({ name: demoAccounts.organisation });
      if (!organisation) return false;
      await manager.upsert(
        SsoConnection,
        {
          organisationId: organisation.id,
          issuer,
          clientId: sso.clientId,
          clientSecret: this.secrets.seal(sso.clientSecret),
          tenantId: null,
          required: false,
        },
        ['organisationId'],
      );
      await manager
        .createQueryBuilder()
        .insert()
        .into(SsoDomain)
        .values({
          domain: sso.domain,
          organisationId: organisation.id,
          verificationToken: randomBytes(16).toString('hex'),
          verifiedAt: new Date(),
        })
        .orIgnore()
        .execute();
      for (const person of sso.people) {
        const team = await manager
          .getRepository(Team)
          .findOneByOrFail({ organisationId: organisation.id, name: person.team });
        const waiting =
          (await manager.getRepository(User).existsBy({ email: person.email })) ||
          (await manager.getRepository(Invitation).existsBy({
            email: person.email,
            acceptedAt: IsNull(),
            expiresAt: MoreThan(new Date()),
          }));
        if (waiting) continue;
        await manager.insert(Invitation, {
          teamId: team.id,
          email: person.email,
          role: 'professional',
          tokenHash: hashToken(randomBytes(32).toString('base64url')),
          invitedBy: null,
          expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000),
          acceptedAt: null,
        });
      }
      return true;
    });
  }
}
