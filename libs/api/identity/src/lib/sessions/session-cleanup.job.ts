import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobHandler, JobName, JobQueue } from '@leerruimte/api-infrastructure';
import { SessionService } from './session.service';

export const SESSION_CLEANUP_EVERY_MS = 60 * 60_000;
const SESSION_CLEANUP_SCHEDULER_ID = 'identity-session-cleanup';

/** Hourly: removes the rows of sessions that expired without their browser coming back. */
@Injectable()
export class SessionCleanupJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(SessionCleanupJob.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly sessions: SessionService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Upserting by id is idempotent, so every worker replica may do it at start.
    await this.jobs.schedule(
      SESSION_CLEANUP_SCHEDULER_ID,
      JobName.SessionCleanup,
      {},
      { every: SESSION_CLEANUP_EVERY_MS },
    );
  }

  @JobHandler(JobName.SessionCleanup)
  async run(): Promise<void> {
    const removed = await this.sessions.removeExpired();
    if (removed > 0) {
      this.logger.log(`Removed ${removed} expired session(s)`);
    }
  }
}
