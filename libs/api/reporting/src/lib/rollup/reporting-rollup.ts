import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { REPORT_ACTIVITIES, type ReportActivity } from '@leerruimte/api-core';
import {
  JobHandler,
  JobName,
  JobQueue,
  selectRow,
  selectRows,
} from '@leerruimte/api-infrastructure';
import { WINDOW_MONTHS } from '../report/rolling-windows';
import { rollUpMonth, rollUpWindowPeople } from './activity.sql';

const ZONE = 'Europe/Amsterdam';

/** Every minute: a new answer shows in the reports within a few minutes. */
const ROLLUP_PATTERN = '* * * * *';

function monthStart(month: DateTime): string {
  return month.toISODate() as string;
}

/**
 * Keeps the report rollups current. Open months (this one and the last, whose prompts can still
 * be answered) are aggregated again on every run; a closed month once, when first seen.
 */
@Injectable()
export class ReportingRollup implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReportingRollup.name);

  private readonly rollUpSql: string;
  private readonly windowPeopleSql: string;
  private readonly firstEvent: string;

  /** `activities`: each domain's part of the reports; the rollup reads no table of theirs. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(REPORT_ACTIVITIES) activities: readonly ReportActivity[],
  ) {
    this.rollUpSql = rollUpMonth(activities);
    this.windowPeopleSql = rollUpWindowPeople(activities);
    this.firstEvent = `least(${activities.map((activity) => activity.firstEvent).join(', ')})`;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(
      'reporting-rollup',
      JobName.ReportingRollup,
      {},
      {
        pattern: ROLLUP_PATTERN,
        tz: ZONE,
      },
    );
    // And once now, so a fresh start does not wait for the next minute.
    await this.jobs.add(JobName.ReportingRollup, {});
  }

  @JobHandler(JobName.ReportingRollup)
  async run(): Promise<void> {
    const months = await this.refresh();
    if (months.length > 2) this.logger.log(`Rolled up ${months.length} months`);
  }

  /** Forgets every aggregated month and aggregates them all again, closed ones included. */
  async rebuild(now = new Date()): Promise<string[]> {
    await this.dataSource.query(`DELETE FROM reporting_month`);
    return this.refresh(now);
  }

  /** Brings the rollup up to date; returns the months it aggregated. */
  async refresh(now = new Date()): Promise<string[]> {
    const current = DateTime.fromJSDate(now).setZone(ZONE).startOf('month');
    const open = [current.minus({ months: 1 }), current];
    const done = await selectRows(
      this.dataSource,
      z.object({ month: z.string() }),
      `SELECT month::text FROM reporting_month WHERE closed`,
    );
    const closedDone = new Set(done.map((row) => row.month));
    const earliest = await this.earliestActivity();
    const months: Array<{ month: DateTime; closed: boolean }> = [];
    for (
      let month = earliest && earliest < open[0] ? earliest : open[0];
      month <= current;
      month = month.plus({ months: 1 })
    ) {
      const closed = month < open[0];
      if (!closed || !closedDone.has(monthStart(month))) months.push({ month, closed });
    }
    for (const { month, closed } of months) await this.rollUp(month, closed);
    return months.map(({ month }) => monthStart(month));
  }

  /** One month in one transaction; two workers at once wait for each other. */
  private async rollUp(month: DateTime, closed: boolean): Promise<void> {
    const start = monthStart(month);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('reporting-rollup'))`);
      await manager.query(`DELETE FROM team_month_figures WHERE month = $1`, [start]);
      await manager.query(`DELETE FROM organisation_month_figures WHERE month = $1`, [start]);
      await manager.query(this.rollUpSql, [
        month.toJSDate(),
        month.plus({ months: 1 }).toJSDate(),
        start,
      ]);
      // The window that ends in this month: its first two months are done by now.
      await manager.query(`DELETE FROM team_window_people WHERE month = $1`, [start]);
      await manager.query(this.windowPeopleSql, [
        month.minus({ months: WINDOW_MONTHS - 1 }).toJSDate(),
        month.plus({ months: 1 }).toJSDate(),
        start,
      ]);
      await manager.query(
        `INSERT INTO reporting_month (month, computed_at, closed) VALUES ($1, now(), $2)
         ON CONFLICT (month) DO UPDATE SET computed_at = now(), closed = EXCLUDED.closed`,
        [start, closed],
      );
    });
  }

  /** The month of the first activity in any domain. */
  private async earliestActivity(): Promise<DateTime | null> {
    const row = await selectRow(
      this.dataSource,
      z.object({ first: z.date().nullable() }),
      `SELECT ${this.firstEvent} AS first`,
    );
    return row?.first ? DateTime.fromJSDate(row.first).setZone(ZONE).startOf('month') : null;
  }
}
