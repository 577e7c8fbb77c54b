import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationAdmin } from '@leerruimte/api-identity-data';
import type { SignInMethod } from '@leerruimte/shared-contracts';
import { SsoConnection, SsoDomain } from './sso-connection.entity';

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Which organisation's provider an address signs in through, decided by its domain alone. */
@Injectable()
export class SsoDomains {
  constructor(private readonly dataSource: DataSource) {}

  /** The login page's question; the same answer for every address of a domain, known or not. */
  async methodFor(email: string): Promise<SignInMethod> {
    const found = await this.connectionFor(email);
    if (!found) return { method: 'password' };
    return {
      method: 'sso',
      organisationName: found.organisationName,
      required: found.connection.required && found.domain.verifiedAt !== null,
    };
  }

  /** The organisation that closed password login for this address (SSO required, domain proven). */
  async passwordLoginClosedBy(email: string): Promise<{ id: string; name: string } | null> {
    const found = await this.connectionFor(email);
    return found?.connection.required && found.domain.verifiedAt
      ? { id: found.connection.organisationId, name: found.organisationName }
      : null;
  }

  /**
   * The organisation that closed password login for this person, or null: its own admins and
   * platform admins keep their password, so a broken provider never locks everyone out.
   */
  async passwordClosedFor(user: {
    id: string;
    email: string;
    platformAdmin: boolean;
  }): Promise<{ id: string; name: string } | null> {
    const closedBy = await this.passwordLoginClosedBy(user.email);
    if (!closedBy || user.platformAdmin) return null;
    const admin = await this.dataSource
      .getRepository(OrganisationAdmin)
      .existsBy({ userId: user.id, organisationId: closedBy.id });
    return admin ? null : closedBy;
  }

  async connectionFor(
    email: string,
  ): Promise<{ connection: SsoConnection; domain: SsoDomain; organisationName: string } | null> {
    // One query: the login page asks this for every address typed.
    const domain = await this.dataSource.getRepository(SsoDomain).findOne({
      where: { domain: domainOf(email) },
      relations: { connection: { organisation: true } },
    });
    const connection = domain?.connection;
    if (!domain || !connection?.organisation) return null;
    return { connection, domain, organisationName: connection.organisation.name };
  }
}
