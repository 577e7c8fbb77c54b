import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { z } from 'zod';
import { AuditLog } from '@leerruimte/api-identity-data';
import { selectRows } from '@leerruimte/api-infrastructure';
import {
  type AccreditationRequest,
  type ModuleAccreditationView,
  type OrganisationCertificate,
  accreditationRegisters,
  certificateStatuses,
} from '@leerruimte/shared-contracts';
import { LearningModule } from '../catalogue/catalogue.entities';
import { learningErrors } from '../learning.errors';
import { Certificate, ModuleAccreditation } from './certificate.entity';
import { Certificates, newVerificationCode } from './certificates';

interface Actor {
  userId: string;
  ip: string;
}

const certificateRow = z.object({
  id: z.string(),
  holder_name: z.string(),
  module_slug: z.string(),
  module_title: z.string(),
  completed_at: z.date(),
  status: z.enum(certificateStatuses),
  status_reason: z.string().nullable(),
  register: z.enum(accreditationRegisters).nullable(),
  accreditation_number: z.string().nullable(),
  points: z.coerce.number().nullable(),
});

/**
 * The organisation's side of learning that counts: which modules it accredited for which
 * register, and the certificates its people earned, which its admins can revoke.
 */
@Injectable()
export class OrganisationLearning {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly issued: Certificates,
  ) {}

  async accreditations(organisationId: string): Promise<ModuleAccreditationView[]> {
    const [modules, accreditations] = await Promise.all([
      this.dataSource
        .getRepository(LearningModule)
        .find({ where: { removedAt: IsNull() }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(ModuleAccreditation).findBy({ organisationId }),
    ]);
    return modules.map((module) => {
      const found = accreditations.find((each) => each.moduleId === module.id);
      return {
        module: {
          slug: module.slug,
          title: module.title,
          studyLoadMinutes: module.studyLoadMinutes,
        },
        accreditation: found
          ? { register: found.register, number: found.accreditationNumber, points: found.points }
          : null,
      };
    });
  }

  /** Certificates earned from now on carry it; earlier ones keep what they had. */
  async accredit(
    organisationId: string,
    moduleSlug: string,
    request: AccreditationRequest,
    actor: Actor,
  ): Promise<void> {
    const module = await this.module(moduleSlug);
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(
        ModuleAccreditation,
        {
          organisationId,
          moduleId: module.id,
          register: request.register,
          accreditationNumber: request.number,
          points: request.points,
        },
        ['organisationId', 'moduleId'],
      );
      await this.audit.record(manager, {
        action: 'module.accredited',
        organisationId,
        actorId: actor.userId,
        details: { module: module.title, ...request },
        ip: actor.ip,
      });
    });
  }

  async removeAccreditation(organisationId: string, moduleSlug: string, actor: Actor) {
    const module = await this.module(moduleSlug);
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.delete(ModuleAccreditation, {
        organisationId,
        moduleId: module.id,
      });
      if (!affected) return;
      await this.audit.record(manager, {
        action: 'module.accreditation_removed',
        organisationId,
        actorId: actor.userId,
        details: { module: module.title },
        ip: actor.ip,
      });
    });
  }

  /** The certificates of everyone now in one of the organisation's teams, newest first. */
  async certificates(organisationId: string): Promise<OrganisationCertificate[]> {
    const rows = await this.certificateRows(organisationId);
    return rows.map((row) => ({
      id: row.id,
      holderName: row.holder_name,
      module: { slug: row.module_slug, title: row.module_title },
      completedAt: row.completed_at.toISOString(),
      status: row.status,
      statusReason: row.status_reason,
      accreditation:
        row.register && row.accreditation_number && row.points !== null
          ? { register: row.register, number: row.accreditation_number, points: row.points }
          : null,
    }));
  }

  /** The public page says "ingetrokken" from now on; the reason stays with the certificate. */
  async revoke(organisationId: string, certificateId: string, reason: string, actor: Actor) {
    const [row] = await this.certificateRows(organisationId, certificateId);
    if (!row) throw learningErrors.certificateNotFound();
    if (row.status !== 'valid') throw learningErrors.certificateNotValid();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        Certificate,
        { id: certificateId, status: 'valid' },
        { status: 'revoked', statusReason: reason },
      );
      const [holder] = await manager.find(Certificate, {
        select: { userId: true },
        where: { id: certificateId },
      });
      await this.audit.record(manager, {
        action: 'certificate.revoked',
        organisationId,
        actorId: actor.userId,
        targetUserId: holder.userId,
        details: { module: row.module_title, holder: row.holder_name, reason },
        ip: actor.ip,
      });
    });
  }

  /**
   * A corrected name: a new certificate with everything else as earned, made by the worker like
   * the first; the old one says "vervangen" from now on. Only admins do this, never the holder:
   * a holder who could re-issue with their profile's name could print one for someone else.
   */
  async reissue(
    organisationId: string,
    certificateId: string,
    holderName: string,
    actor: Actor,
  ): Promise<string> {
    const [row] = await this.certificateRows(organisationId, certificateId);
    if (!row) throw learningErrors.certificateNotFound();
    if (row.status !== 'valid') throw learningErrors.certificateNotValid();
    const newId = await this.dataSource.transaction(async (manager) => {
      const old = await manager.findOneByOrFail(Certificate, { id: certificateId });
      const { identifiers } = await manager.insert(Certificate, {
        userId: old.userId,
        moduleId: old.moduleId,
        verificationCode: newVerificationCode(),
        holderName,
        moduleTitle: old.moduleTitle,
        moduleSlug: old.moduleSlug,
        moduleVersion: old.moduleVersion,
        studyLoadMinutes: old.studyLoadMinutes,
        completedAt: old.completedAt,
        issuedAt: new Date(),
        scorePercent: old.scorePercent,
        register: old.register,
        accreditationNumber: old.accreditationNumber,
        points: old.points,
      });
      const id = identifiers[0].id as string;
      await manager.update(
        Certificate,
        { id: certificateId, status: 'valid' },
        { status: 'replaced', replacedById: id, statusReason: `Nieuwe naam: ${holderName}` },
      );
      await this.audit.record(manager, {
        action: 'certificate.reissued',
        organisationId,
        actorId: actor.userId,
        targetUserId: old.userId,
        details: { module: old.moduleTitle, from: old.holderName, to: holderName },
        ip: actor.ip,
      });
      return id;
    });
    await this.issued.queuePdf(newId);
    return newId;
  }

  private certificateRows(organisationId: string, certificateId: string | null = null) {
    return selectRows(
      this.dataSource,
      certificateRow,
      `SELECT c.id, c.holder_name, c.module_slug, c.module_title, c.completed_at, c.status,
              c.status_reason, c.register, c.accreditation_number, c.points
         FROM certificate c
        WHERE c.user_id IN (SELECT m.user_id FROM team_membership m JOIN team t ON t.id = m.team_id
                             WHERE t.organisation_id = $1)
          AND ($2::uuid IS NULL OR c.id = $2)
        ORDER BY c.issued_at DESC`,
      [organisationId, certificateId],
    );
  }

  private async module(slug: string) {
    const module = await this.dataSource
      .getRepository(LearningModule)
      .findOneBy({ slug, removedAt: IsNull() });
    if (!module) throw learningErrors.moduleNotFound();
    return module;
  }
}
