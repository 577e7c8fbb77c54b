import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import {
  type JobPayload,
  JobHandler,
  JobName,
  JobQueue,
  selectRows,
} from '@leerruimte/api-infrastructure';
import type {
  Certificate as CertificateView,
  CertificateVerification,
} from '@leerruimte/shared-contracts';
import { accreditationRegisters } from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';
import type { LearningModule } from '../catalogue/catalogue.entities';
import { learningErrors } from '../learning.errors';
import { Certificate } from './certificate.entity';
import { certificatePdf } from './certificate-pdf';

/** 128 random bits: the verification address cannot be guessed or counted through. */
export const newVerificationCode = () => randomBytes(16).toString('base64url');

const accreditationRow = z.object({
  register: z.enum(accreditationRegisters),
  accreditation_number: z.string(),
  points: z.coerce.number(),
});

/**
 * Certificates: issued once when a module is completed, with everything on them copied at that
 * moment; their PDF made once by the worker and kept; verified publicly by an unguessable code.
 */
@Injectable()
export class Certificates {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * In the completing transaction: the certificate, with the holder's name as it is now and the
   * accreditation their organisation recorded for the module. Call `queuePdf` after the commit.
   */
  async issue(
    manager: EntityManager,
    issue: {
      userId: string;
      learningModule: LearningModule;
      completedAt: Date;
      scorePercent: number | null;
    },
  ): Promise<{ id: string; verificationCode: string }> {
    const [holder] = await selectRows(
      manager,
      z.object({ name: z.string() }),
      'SELECT name FROM app_user WHERE id = $1',
      [issue.userId],
    );
    const [accreditation] = await selectRows(
      manager,
      accreditationRow,
      `SELECT a.register, a.accreditation_number, a.points FROM module_accreditation a
        WHERE a.module_id = $2 AND a.organisation_id IN (
              SELECT t.organisation_id FROM team_membership m JOIN team t ON t.id = m.team_id
               WHERE m.user_id = $1)
        ORDER BY a.updated_at DESC LIMIT 1`,
      [issue.userId, issue.learningModule.id],
    );
    const verificationCode = newVerificationCode();
    const { identifiers } = await manager.insert(Certificate, {
      userId: issue.userId,
      moduleId: issue.learningModule.id,
      verificationCode,
      holderName: holder.name,
      moduleTitle: issue.learningModule.title,
      moduleSlug: issue.learningModule.slug,
      moduleVersion: issue.learningModule.version,
      studyLoadMinutes: issue.learningModule.studyLoadMinutes,
      completedAt: issue.completedAt,
      issuedAt: issue.completedAt,
      scorePercent: issue.scorePercent,
      register: accreditation?.register ?? null,
      accreditationNumber: accreditation?.accreditation_number ?? null,
      points: accreditation?.points ?? null,
    });
    return { id: identifiers[0].id as string, verificationCode };
  }

  async queuePdf(certificateId: string): Promise<void> {
    await this.jobs.add(
      JobName.CertificatePdf,
      { certificateId },
      {
        jobId: `certificate-${certificateId}`,
        attempts: 5,
        backoff: { type: 'exponential', delay: 2_000 },
      },
    );
  }

  async mine(userId: string): Promise<CertificateView[]> {
    const rows = await this.dataSource.getRepository(Certificate).find({
      where: { userId },
      order: { issuedAt: 'DESC' },
    });
    return rows.map((row) => this.view(row));
  }

  /** The stored PDF, never made again: a later name change does not touch it. */
  async pdf(userId: string, id: string): Promise<{ pdf: Buffer; certificate: Certificate }> {
    const certificate = await this.dataSource
      .getRepository(Certificate)
      .createQueryBuilder('c')
      .addSelect('c.pdf')
      .where('c.id = :id AND c.user_id = :userId', { id, userId })
      .getOne();
    if (!certificate) throw learningErrors.certificateNotFound();
    if (!certificate.pdf) throw learningErrors.certificatePdfNotReady();
    return { pdf: certificate.pdf, certificate };
  }

  /** What the public page may show: name, module, date and status; nothing else. */
  async verify(code: string): Promise<CertificateVerification> {
    const certificate = await this.dataSource
      .getRepository(Certificate)
      .findOneBy({ verificationCode: code });
    if (!certificate) throw learningErrors.certificateNotFound();
    return {
      holderName: certificate.holderName,
      moduleTitle: certificate.moduleTitle,
      completedAt: certificate.completedAt.toISOString(),
      status: certificate.status,
    };
  }

  verificationUrl(code: string): string {
    return `${this.config.http.publicUrl}${link(appPaths.certificateVerification, { code })}`;
  }

  private view(row: Certificate): CertificateView {
    return {
      id: row.id,
      module: { slug: row.moduleSlug, title: row.moduleTitle },
      holderName: row.holderName,
      completedAt: row.completedAt.toISOString(),
      issuedAt: row.issuedAt.toISOString(),
      studyLoadMinutes: row.studyLoadMinutes,
      scorePercent: row.scorePercent,
      accreditation:
        row.register && row.accreditationNumber && row.points !== null
          ? { register: row.register, number: row.accreditationNumber, points: row.points }
          : null,
      status: row.status,
      verificationUrl: this.verificationUrl(row.verificationCode),
      pdfReady: row.pdfSha256 !== null,
    };
  }
}

/** The worker's part: makes each certificate's PDF once, and catches up on any left unmade. */
@Injectable()
export class CertificatePdfMaker implements OnApplicationBootstrap {
  private readonly logger = new Logger(CertificatePdfMaker.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly certificates: Certificates,
  ) {}

  /** A certificate whose job was lost (a crash between commit and queueing) is made now. */
  async onApplicationBootstrap(): Promise<void> {
    const waiting = await this.dataSource
      .getRepository(Certificate)
      .find({ select: { id: true }, where: { pdfSha256: IsNull() } });
    for (const { id } of waiting) await this.certificates.queuePdf(id);
  }

  @JobHandler(JobName.CertificatePdf)
  async make({ certificateId }: JobPayload<JobName.CertificatePdf>): Promise<void> {
    const repository = this.dataSource.getRepository(Certificate);
    const certificate = await repository.findOneBy({ id: certificateId });
    if (!certificate || certificate.pdfSha256) return;
    const pdf = await certificatePdf(
      certificate,
      this.certificates.verificationUrl(certificate.verificationCode),
    );
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    // Only the first maker writes: a retried job never replaces a PDF once stored.
    await repository.update({ id: certificateId, pdfSha256: IsNull() }, { pdf, pdfSha256: sha256 });
    this.logger.log({ msg: 'Made a certificate PDF', certificateId });
  }
}
