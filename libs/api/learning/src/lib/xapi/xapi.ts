import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { type JobPayload, JobHandler, JobName, JobQueue } from '@leerruimte/api-infrastructure';
import { XapiStatement } from './xapi-statement.entity';

export const XAPI_VERSION = '1.0.3';

/** The verbs Leerruimte states, with how an LRS shows them. */
export const verbs = {
  completed: {
    id: 'http://adlnet.gov/expapi/verbs/completed',
    display: { 'nl-NL': 'afgerond', 'en-US': 'completed' },
  },
  passed: {
    id: 'http://adlnet.gov/expapi/verbs/passed',
    display: { 'nl-NL': 'geslaagd voor', 'en-US': 'passed' },
  },
  failed: {
    id: 'http://adlnet.gov/expapi/verbs/failed',
    display: { 'nl-NL': 'niet geslaagd voor', 'en-US': 'failed' },
  },
  earned: {
    id: 'http://id.tincanapi.com/verb/earned',
    display: { 'nl-NL': 'behaalde', 'en-US': 'earned' },
  },
} as const;

export const activityTypes = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  module: 'http://adlnet.gov/expapi/activities/module',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  // No registry has one; xAPI allows an IRI of our own.
  certificate: '/xapi/activity-types/certificate',
} as const;

export interface Completion {
  userId: string;
  kind: keyof typeof activityTypes;
  /** Completed unless said otherwise. */
  verb?: keyof typeof verbs;
  /** The path in the web app: /leren/<module> or /leren/<module>/<lesson>. */
  path: string;
  name: string;
  /** Active learning time, when the statement is about learning. */
  minutes?: number;
  /** A test's score, 0 to 100. */
  scorePercent?: number;
  at: Date;
}

function resultOf(
  completion: Completion,
): Record<string, boolean | string | Record<string, number>> {
  const verb = completion.verb ?? 'completed';
  return {
    ...(verb === 'completed' && { completion: true }),
    ...((verb === 'passed' || verb === 'failed') && { success: verb === 'passed' }),
    ...(completion.scorePercent !== undefined && {
      score: {
        scaled: completion.scorePercent / 100,
        raw: completion.scorePercent,
        min: 0,
        max: 100,
      },
    }),
    ...(completion.minutes !== undefined && { duration: `PT${completion.minutes}M` }),
  };
}

/**
 * Records completions as xAPI statements and forwards them to the LRS (XAPI_LRS_URL) through a
 * BullMQ job with retries. The actor is the account id, not the e-mail address: the LRS learns
 * no more about a person than it needs.
 */
@Injectable()
export class XapiStatements {
  private readonly logger = new Logger(XapiStatements.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** In the caller's transaction, so a completion and its statement land together. */
  async record(manager: EntityManager, completion: Completion): Promise<string> {
    const type = activityTypes[completion.kind];
    const { identifiers } = await manager.insert(XapiStatement, {
      userId: completion.userId,
      verb: verbs[completion.verb ?? 'completed'].id,
      objectId: `${this.config.http.publicUrl}${completion.path}`,
      objectType: type.startsWith('/') ? `${this.config.http.publicUrl}${type}` : type,
      objectName: completion.name,
      result: resultOf(completion),
      timestamp: completion.at,
    });
    return identifiers[0].id as string;
  }

  /** After the transaction committed: hands the statements to the worker, if an LRS is set. */
  async forward(statementIds: string[]): Promise<void> {
    if (!this.config.xapi) return;
    for (const statementId of statementIds) {
      await this.jobs.add(
        JobName.XapiForward,
        { statementId },
        {
          jobId: `xapi-${statementId}`,
          attempts: 8,
          backoff: { type: 'exponential', delay: 5_000 },
        },
      );
    }
  }

  @JobHandler(JobName.XapiForward)
  async send({ statementId }: JobPayload<JobName.XapiForward>): Promise<void> {
    const lrs = this.config.xapi;
    const repository = this.dataSource.getRepository(XapiStatement);
    const statement = await repository.findOneBy({ id: statementId });
    if (!lrs || !statement || statement.forwardedAt) return;
    try {
      const response = await fetch(`${lrs.url}/statements`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-experience-api-version': XAPI_VERSION,
          authorization: `Basic ${Buffer.from(`${lrs.username}:${lrs.password}`).toString('base64')}`,
        },
        body: JSON.stringify(this.toXapi(statement)),
        signal: AbortSignal.timeout(10_000),
      });
      // 409: the LRS already has this statement id, from an earlier try that timed out.
      if (!response.ok && response.status !== 409) {
        throw new Error(`LRS answered ${response.status} ${await response.text()}`.slice(0, 500));
      }
      await repository.update(statementId, { forwardedAt: new Date(), lastError: null });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await repository.update(statementId, {
        attempts: statement.attempts + 1,
        lastError: reason.slice(0, 500),
      });
      this.logger.warn({
        msg: 'Forwarding an xAPI statement failed; will retry',
        statementId,
        reason,
      });
      throw error;
    }
  }

  toXapi(statement: XapiStatement): Record<string, unknown> {
    return {
      id: statement.id,
      actor: {
        objectType: 'Agent',
        account: { homePage: this.config.http.publicUrl, name: statement.userId },
      },
      verb: Object.values(verbs).find((verb) => verb.id === statement.verb) ?? {
        id: statement.verb,
      },
      object: {
        objectType: 'Activity',
        id: statement.objectId,
        definition: { type: statement.objectType, name: { 'nl-NL': statement.objectName } },
      },
      ...(statement.result && { result: statement.result }),
      timestamp: statement.timestamp.toISOString(),
    };
  }
}
