import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation, Team } from '@leerruimte/api-identity-data';

/** The figures of one month, and from how many people each family of them comes. */
export abstract class MonthFigures {
  /** The first day of the month (Europe/Amsterdam). */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @Column({ type: 'int', default: 0 })
  modulesStarted: number;

  @Column({ type: 'int', default: 0 })
  modulesCompleted: number;

  @Column({ type: 'int', default: 0 })
  learningMinutes: number;

  @Column({ type: 'int', default: 0 })
  promptsAsked: number;

  @Column({ type: 'int', default: 0 })
  promptsAnswered: number;

  @Column({ type: 'int', default: 0 })
  experimentsStarted: number;

  @Column({ type: 'int', default: 0 })
  experimentsEvaluated: number;

  @Column({ type: 'int', default: 0 })
  experimentsAdopted: number;

  @Column({ type: 'int', default: 0 })
  experimentsAdapted: number;

  @Column({ type: 'int', default: 0 })
  experimentsStopped: number;

  @Column({ type: 'int', default: 0 })
  whyQuestionsAsked: number;

  @Column({ type: 'int', default: 0 })
  whyQuestionsDiscussed: number;

  @Column({ type: 'int', default: 0 })
  whyQuestionsToExperiment: number;

  @Column({ type: 'int', default: 0 })
  learningPeople: number;

  @Column({ type: 'int', default: 0 })
  reflectionPeople: number;

  @Column({ type: 'int', default: 0 })
  boardPeople: number;

  /** Pulse scores are anonymous: how many came in, and the sum per statement. */
  @Column({ type: 'int', default: 0 })
  pulseResponses: number;

  /** The most responses to one pulse: a lower bound of how many people the scores come from. */
  @Column({ type: 'int', default: 0 })
  pulsePeople: number;

  @Column({ type: 'int', default: 0 })
  pulseSafety: number;

  @Column({ type: 'int', default: 0 })
  pulseTrying: number;

  @Column({ type: 'int', default: 0 })
  pulseColleagues: number;

  @Column({ type: 'int', default: 0 })
  pulseTime: number;

  @Column({ type: 'int', default: 0 })
  pulseFollowThrough: number;
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
