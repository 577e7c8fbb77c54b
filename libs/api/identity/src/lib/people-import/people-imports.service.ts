import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { z } from 'zod';
import { AppError, csvDocument, notFound } from '@leerruimte/api-core';
import {
  type JobPayload,
  JobHandler,
  JobName,
  JobQueue,
  selectRow,
} from '@leerruimte/api-infrastructure';
import { AuditLog, Team, TeamMembership, User } from '@leerruimte/api-identity-data';
import {
  type PeopleImport as PeopleImportView,
  type PeopleImportProblem,
  type PeopleImportProgress,
  type StartPeopleImportRequest,
  type TeamRole,
  importOutcome,
} from '@leerruimte/shared-contracts';
import { Invitation } from '../invitations/invitation.entity';
import { INVITATION_VALID_DAYS, InvitationsService } from '../invitations/invitations.service';
import { hashToken } from '../sessions/session.service';
import { readPeopleFile } from './import-file';
import {
  type ImportContext,
  classifyLines,
  membershipKey,
  normalisedEmail,
  statusNow,
} from './import-rows';
import { PeopleImport, PeopleImportRow } from './people-import.entities';

const progressRow = z.object({ lines: z.number(), to_send: z.number(), sent: z.number() });

/** Rows written or handled per transaction: progress moves, and no transaction grows large. */
const BATCH = 250;

const importErrors = {
  notPreviewed: () =>
    new AppError(HttpStatus.CONFLICT, 'import_already_started', {
      nl: 'Dit bestand wordt al geïmporteerd of is al geïmporteerd. Laad het opnieuw om het nog eens te doen.',
      en: 'This file is being or has been imported. Upload it again to do it once more.',
    }),
  notImported: () =>
    new AppError(HttpStatus.CONFLICT, 'import_not_finished', {
      nl: 'De uitnodigingen kunnen pas worden verstuurd als het importeren klaar is.',
      en: 'The invitations can only be sent once the import has finished.',
    }),
};

const problemWords: Record<PeopleImportProblem, string> = {
  missing_name: 'naam ontbreekt',
  invalid_email: 'geen geldig e-mailadres',
  unknown_team: 'onbekend team',
  unknown_role: 'onbekende rol (professional of teamleider)',
  duplicate: 'staat dubbel in het bestand',
};

export interface UploadedFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

/**
 * Bringing a team's people in from a file: a preview with each line's status and problems, an
 * import in the worker (invitations made, roles changed, nobody removed) with its progress, and
 * mailing the invitations as a separate, confirmed step.
 */
@Injectable()
export class PeopleImports {
  private readonly logger = new Logger(PeopleImports.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditLog,
  ) {}

  async preview(
    organisationId: string,
    file: UploadedFile,
    actor: { userId: string },
  ): Promise<PeopleImportView> {
    const lines = await readPeopleFile(file.bytes, file.contentType);
    const rows = classifyLines(
      lines,
      await this.contextFor(
        this.dataSource.manager,
        organisationId,
        lines.map((line) => line.email),
      ),
    );
    const created = await this.dataSource.transaction(async (manager) => {
      const upload = await manager.save(PeopleImport, {
        organisationId,
        createdById: actor.userId,
        fileName: file.fileName.slice(0, 200),
      });
      for (let start = 0; start < rows.length; start += BATCH) {
        await manager.insert(
          PeopleImportRow,
          rows.slice(start, start + BATCH).map((row) => ({ ...row, importId: upload.id })),
        );
      }
      return upload;
    });
    return this.view(organisationId, created.id);
  }

  async view(organisationId: string, importId: string): Promise<PeopleImportView> {
    const upload = await this.find(organisationId, importId);
    const rows = await this.dataSource
      .getRepository(PeopleImportRow)
      .find({ where: { importId }, order: { line: 'ASC' } });
    return {
      id: upload.id,
      fileName: upload.fileName,
      status: upload.status,
      mode: upload.mode,
      processed: upload.processed,
      createdAt: upload.createdAt.toISOString(),
      rows: rows.map((row) => ({
        line: row.line,
        name: row.name,
        email: row.email,
        team: row.team,
        role: row.role,
        status: row.status,
        problems: row.problems,
        duplicateOf: row.duplicateOf,
        existingAccount: row.existingAccount,
        skipped: row.skipped,
        outcome: row.outcome,
      })),
      invitationsToSend: rows.filter((row) => row.invitationId && !row.invitationSentAt).length,
      invitationsSent: rows.filter((row) => row.invitationSentAt).length,
    };
  }

  /** The import's progress in one small query: asked each second while the page waits. */
  async progress(organisationId: string, importId: string): Promise<PeopleImportProgress> {
    const upload = await this.find(organisationId, importId);
    const counts = await selectRow(
      this.dataSource,
      progressRow,
      `SELECT count(*)::int AS lines,
              count(*) FILTER (WHERE invitation_id IS NOT NULL AND invitation_sent_at IS NULL)::int
                AS to_send,
              count(*) FILTER (WHERE invitation_sent_at IS NOT NULL)::int AS sent
         FROM people_import_row WHERE import_id = $1`,
      [importId],
    );
    return {
      status: upload.status,
      processed: upload.processed,
      lines: counts?.lines ?? 0,
      invitationsToSend: counts?.to_send ?? 0,
      invitationsSent: counts?.sent ?? 0,
    };
  }

  /**
   * A file to fill in: the heading and an example line for each of the organisation's teams, so
   * the team names are spelled as Leerruimte knows them (UTF-8 with BOM, semicolons, as Excel
   * opens it in Dutch).
   */
  async template(organisationId: string): Promise<Buffer> {
    const teams = await this.dataSource
      .getRepository(Team)
      .find({ where: { organisationId }, order: { name: 'ASC' } });
    return Buffer.from(
      csvDocument([
        ['naam', 'e-mail', 'team', 'rol'],
        ...teams.map((team, index) => [
          'Voornaam Achternaam',
          `voornaam${index + 1}@organisatie.nl`,
          team.name,
          'professional',
        ]),
      ]),
    );
  }

  /** The lines in error, to mend in a spreadsheet and upload again (UTF-8 with BOM, semicolons). */
  async errorFile(organisationId: string, importId: string): Promise<Buffer> {
    await this.find(organisationId, importId);
    const rows = await this.dataSource
      .getRepository(PeopleImportRow)
      .find({ where: { importId, status: 'error' }, order: { line: 'ASC' } });
    return Buffer.from(
      csvDocument([
        ['regel', 'naam', 'e-mail', 'team', 'rol', 'probleem'],
        ...rows.map((row) => [
          String(row.line),
          row.name,
          row.email,
          row.team,
          row.role ?? '',
          row.problems
            .map((problem) =>
              problem === 'duplicate' && row.duplicateOf
                ? `${problemWords.duplicate} (regel ${row.duplicateOf})`
                : problemWords[problem],
            )
            .join(', '),
        ]),
      ]),
    );
  }

  async start(
    organisationId: string,
    importId: string,
    request: StartPeopleImportRequest,
    actor: { userId: string },
  ): Promise<PeopleImportView> {
    await this.dataSource.transaction(async (manager) => {
      const upload = await manager
        .createQueryBuilder(PeopleImport, 'i')
        .setLock('pessimistic_write')
        .where('i.id = :importId AND i.organisation_id = :organisationId', {
          importId,
          organisationId,
        })
        .getOne();
      if (!upload) throw notFound();
      if (upload.status !== 'previewed') throw importErrors.notPreviewed();
      await manager.update(
        PeopleImport,
        { id: importId },
        { status: 'running', mode: request.mode },
      );
      if (request.skipLines.length > 0) {
        await manager.update(
          PeopleImportRow,
          { importId, line: In(request.skipLines) },
          { skipped: true },
        );
      }
    });
    await this.jobs.add(
      JobName.PeopleImport,
      { importId, phase: 'import', actorId: actor.userId },
      { jobId: `people-import-${importId}` },
    );
    return this.view(organisationId, importId);
  }

  async sendInvitations(
    organisationId: string,
    importId: string,
    actor: { userId: string },
  ): Promise<PeopleImportView> {
    const upload = await this.find(organisationId, importId);
    if (upload.status !== 'imported') throw importErrors.notImported();
    await this.jobs.add(
      JobName.PeopleImport,
      { importId, phase: 'send', actorId: actor.userId },
      { jobId: `people-import-send-${importId}-${Date.now()}` },
    );
    return this.view(organisationId, importId);
  }

  @JobHandler(JobName.PeopleImport)
  async run({ importId, phase, actorId }: JobPayload<JobName.PeopleImport>): Promise<void> {
    const upload = await this.dataSource.getRepository(PeopleImport).findOneBy({ id: importId });
    if (!upload) return;
    if (phase === 'send') {
      await this.send(upload, actorId);
      return;
    }
    if (upload.status !== 'running' || !upload.mode) return;
    try {
      await this.importRows(upload, upload.mode, actorId);
    } catch (error) {
      this.logger.error(`People import ${importId} failed: ${String(error)}`);
      await this.dataSource
        .getRepository(PeopleImport)
        .update({ id: importId }, { status: 'failed', finishedAt: new Date() });
    }
  }

  private async importRows(
    upload: PeopleImport,
    mode: NonNullable<PeopleImport['mode']>,
    actorId: string,
  ): Promise<void> {
    const rows = await this.dataSource
      .getRepository(PeopleImportRow)
      .find({ where: { importId: upload.id }, order: { line: 'ASC' } });
    const counts = { invited: 0, role_changed: 0, unchanged: 0, skipped: 0 };
    // Rows already handled (a worker stopped half-way) are not done twice.
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH).filter((row) => row.outcome === null);
      await this.dataSource.transaction(async (manager) => {
        // What holds now, not at the preview: someone may have joined since.
        const context = await this.contextFor(
          manager,
          upload.organisationId,
          batch.map((row) => row.email),
        );
        for (const row of batch) {
          const status =
            row.status !== 'error' && row.teamId && row.role
              ? statusNow(context, row.teamId, row.email, row.role)
              : 'error';
          const outcome = importOutcome(status, mode, row.skipped);
          let invitationId: string | null = null;
          if (outcome === 'invited') {
            invitationId = await this.invite(manager, row, actorId);
          } else if (outcome === 'role_changed') {
            await this.changeRole(manager, row, context.userIdOf.get(row.email));
          }
          counts[outcome] += 1;
          await manager.update(
            PeopleImportRow,
            { importId: upload.id, line: row.line },
            { outcome, ...(invitationId && { invitationId }) },
          );
        }
        await manager.increment(PeopleImport, { id: upload.id }, 'processed', batch.length);
      });
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        PeopleImport,
        { id: upload.id },
        { status: 'imported', processed: rows.length, finishedAt: new Date() },
      );
      await this.audit.record(manager, {
        action: 'people.imported',
        organisationId: upload.organisationId,
        actorId,
        details: { fileName: upload.fileName, mode, ...counts },
      });
    });
  }

  /** An invitation, not mailed yet: with SSO the person joins at their first sign-in anyway. */
  private async invite(
    manager: EntityManager,
    row: PeopleImportRow,
    actorId: string,
  ): Promise<string> {
    const { identifiers } = await manager.insert(Invitation, {
      teamId: row.teamId as string,
      email: row.email,
      role: row.role as TeamRole,
      // A token nobody has: the mailing step gives the invitation the one in its link.
      tokenHash: hashToken(randomBytes(32).toString('base64url')),
      invitedBy: actorId,
      expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000),
      acceptedAt: null,
    });
    return identifiers[0]['id'] as string;
  }

  /** A member's role, or else the open invitation's (the role was found to differ from one). */
  private async changeRole(
    manager: EntityManager,
    row: PeopleImportRow,
    userId: string | undefined,
  ): Promise<void> {
    const role = row.role as TeamRole;
    const teamId = row.teamId as string;
    if (userId) {
      const { affected } = await manager.update(TeamMembership, { userId, teamId }, { role });
      if (affected) return;
    }
    await manager.update(Invitation, { teamId, email: row.email, acceptedAt: IsNull() }, { role });
  }

  /**
   * Mails each invitation the import made that is still open. Each row is claimed before its
   * mail goes, so two runs at once (a repeated request) never mail anyone twice.
   */
  private async send(upload: PeopleImport, actorId: string): Promise<void> {
    const repository = this.dataSource.getRepository(PeopleImportRow);
    const rows = await repository.find({
      where: { importId: upload.id, invitationSentAt: IsNull() },
      order: { line: 'ASC' },
    });
    for (const row of rows) {
      if (!row.invitationId || !row.teamId || !row.role) continue;
      const where = { importId: upload.id, line: row.line };
      const { affected } = await repository.update(
        { ...where, invitationSentAt: IsNull() },
        { invitationSentAt: new Date() },
      );
      if (!affected) continue;
      const open = await this.dataSource.getRepository(Invitation).existsBy({
        id: row.invitationId,
        acceptedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      });
      if (!open) continue;
      try {
        // A new invitation with a token for the link replaces the import's, as a resend does.
        const sent = await this.invitations.invite(
          row.teamId,
          { email: row.email, role: row.role },
          { userId: actorId, ip: '' },
        );
        await repository.update(where, { invitationId: sent.id });
      } catch (error) {
        await repository.update(where, { invitationSentAt: null });
        throw error;
      }
    }
  }

  /** The organisation's teams, and the members, open invitations and accounts of these addresses. */
  private async contextFor(
    manager: EntityManager,
    organisationId: string,
    addresses: string[],
  ): Promise<ImportContext & { userIdOf: ReadonlyMap<string, string> }> {
    const emails = [...new Set(addresses.map(normalisedEmail))];
    const teams = await manager.getRepository(Team).findBy({ organisationId });
    const teamIds = teams.map((team) => team.id);
    const accounts = emails.length
      ? await manager
          .getRepository(User)
          .find({ where: { email: In(emails) }, select: { id: true, email: true } })
      : [];
    const emailOf = new Map(accounts.map((user) => [user.id, user.email]));
    const members =
      accounts.length && teamIds.length
        ? await manager.getRepository(TeamMembership).findBy({
            userId: In(accounts.map((user) => user.id)),
            teamId: In(teamIds),
          })
        : [];
    const invitations =
      emails.length && teamIds.length
        ? await manager.getRepository(Invitation).findBy({
            email: In(emails),
            teamId: In(teamIds),
            acceptedAt: IsNull(),
            expiresAt: MoreThan(new Date()),
          })
        : [];
    return {
      teams: new Map(teams.map((team) => [team.name.toLowerCase(), team.id])),
      members: new Map(
        members.map((member) => [
          membershipKey(member.teamId, emailOf.get(member.userId) as string),
          member.role,
        ]),
      ),
      openInvitations: new Map(
        invitations.map((invitation) => [
          membershipKey(invitation.teamId, invitation.email),
          invitation.role,
        ]),
      ),
      accounts: new Set(accounts.map((user) => user.email)),
      userIdOf: new Map(accounts.map((user) => [user.email, user.id])),
    };
  }

  private async find(organisationId: string, importId: string): Promise<PeopleImport> {
    const upload = await this.dataSource
      .getRepository(PeopleImport)
      .findOneBy({ id: importId, organisationId });
    if (!upload) throw notFound();
    return upload;
  }
}
