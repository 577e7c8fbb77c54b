import { HttpStatus, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError } from '@leerruimte/api-core';
import { Mailer, paragraphMail } from '@leerruimte/api-infrastructure';
import type { CreateOrganisationRequest, OrganisationSummary } from '@leerruimte/shared-contracts';
import { AuditLog } from '@leerruimte/api-identity-data';
import { Organisation, OrganisationAdmin, User } from '@leerruimte/api-identity-data';
import { PasswordHasher } from '../passwords/password-hasher';
import { PasswordResetService } from '../password-reset/password-reset.service';
import { organisationSummaries } from './organisations.queries';

/** A new admin chooses a password within a week. */
const WELCOME_LINK_DAYS = 7;

const organisationErrors = {
  nameTaken: () =>
    new AppError(
      HttpStatus.CONFLICT,
      'organisation_name_taken',
      {
        nl: 'Er is al een organisatie met deze naam.',
        en: 'An organisation with this name already exists.',
      },
      [
        {
          field: 'name',
          code: 'organisation_name_taken',
          text: { nl: 'Deze naam is al in gebruik.', en: 'This name is already in use.' },
        },
      ],
    ),
};

/** The platform admin's work: organisations and the first person who manages each. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly hasher: PasswordHasher,
    private readonly passwordReset: PasswordResetService,
    private readonly mailer: Mailer,
  ) {}

  async list(): Promise<OrganisationSummary[]> {
    const rows = await organisationSummaries(this.dataSource);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      teamCount: row.team_count,
      admins: row.admins ?? [],
    }));
  }

  /**
   * Creates the organisation and makes the named person its admin. A person without an account
   * gets one, with a mailed link to choose a password.
   */
  async create(
    request: CreateOrganisationRequest,
    actor: { userId: string; ip: string },
  ): Promise<OrganisationSummary> {
    const email = request.adminEmail.toLowerCase();
    // An unusable password until the new admin chooses one through the link.
    const placeholderHash = await this.hasher.hash(randomBytes(32).toString('base64url'));
    const { organisation, admin, newAccount } = await this.dataSource.transaction(
      async (manager) => {
        const taken = await manager
          .createQueryBuilder(Organisation, 'o')
          .where('lower(o.name) = lower(:name)', { name: request.name })
          .getExists();
        if (taken) throw organisationErrors.nameTaken();
        const organisation = await manager.save(Organisation, { name: request.name });
        const existing = await manager.findOneBy(User, { email });
        const admin =
          existing ??
          (await manager.save(User, {
            email,
            name: request.adminName,
            passwordHash: placeholderHash,
          }));
        await manager.insert(OrganisationAdmin, {
          userId: admin.id,
          organisationId: organisation.id,
        });
        await this.audit.record(manager, {
          action: 'organisation.created',
          organisationId: organisation.id,
          actorId: actor.userId,
          targetUserId: admin.id,
          details: { name: organisation.name, adminEmail: email },
          ip: actor.ip,
        });
        return { organisation, admin, newAccount: !existing };
      },
    );
    const link = newAccount
      ? await this.passwordReset.createLink(admin.id, WELCOME_LINK_DAYS * 24 * 60)
      : undefined;
    await this.mailer.send(
      paragraphMail({
        to: admin.email,
        subject: `Je beheert ${organisation.name} in Leerruimte`,
        paragraphs: [
          `Hallo ${admin.name},`,
          `Je bent beheerder van ${organisation.name} in Leerruimte. Je kunt nu teams aanmaken en mensen uitnodigen.`,
          ...(link
            ? ['Kies eerst een wachtwoord via deze link (hij werkt een week):', link]
            : ['Log in met je bestaande account.']),
        ],
        link: { url: link ?? '', label: 'Wachtwoord kiezen' },
      }),
    );
    return { id: organisation.id, name: organisation.name, teamCount: 0, admins: [admin.name] };
  }
}
