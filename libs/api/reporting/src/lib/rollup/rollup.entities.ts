import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation, Team } from '@leerruimte/api-identity-data';
import { countColumns, peopleColumns } from '../figures/report-figures';

/**
 * The counts of one month, and from how many people each family of them comes: one int column
 * per count of the figure list (named as there), so the list is the only place they are named.
 */
export abstract class MonthFigures {
  /** The first day of the month (Europe/Amsterdam). */
  @PrimaryColumn({ type: 'date' })
  month: string;
}
for (const column of countColumns) {
  Column({ type: 'int', default: 0, name: column })(MonthFigures.prototype, column);
}

/** A team's activity in one month. Reports read these rows, never the raw activity. */
@Entity({ name: 'team_month_figures' })
export class TeamMonthFigures extends MonthFigures {
  @PrimaryColumn({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: Team;
}

/**
 * How many different people of a team took part in each family of figures in the three months
 * that end in `month`: a rolling window's people, which the months' own counts cannot give
 * (someone active in two of the months would be counted twice).
 */
@Entity({ name: 'team_window_people' })
export class TeamWindowPeople {
  /** The first day of the window's last month (Europe/Amsterdam). */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: Team;
}
for (const column of peopleColumns) {
  Column({ type: 'int', default: 0, name: column })(TeamWindowPeople.prototype, column);
}

/**
 * The organisation's activity in one month, each event and person once: someone in two teams
 * adds to both teams' learning, but once to the organisation's.
 */
@Entity({ name: 'organisation_month_figures' })
export class OrganisationMonthFigures extends MonthFigures {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;
}

/**
 * The watermark of the rollup: which months are aggregated, and whether for good. A closed
 * month is aggregated once; the open ones (this month and the last, where prompts can still be
 * answered) again on every run.
 */
@Entity({ name: 'reporting_month' })
export class ReportingMonth {
  @PrimaryColumn({ type: 'date' })
  month: string;

  @Column({ type: 'timestamptz' })
  computedAt: Date;

  @Column({ type: 'boolean' })
  closed: boolean;
}

/** An organisation's choice of the minimum group size (default 5, never below 3). */
@Entity({ name: 'organisation_report_settings' })
export class OrganisationReportSettings {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'int' })
  minimumGroupSize: number;
}
