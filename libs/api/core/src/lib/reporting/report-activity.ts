/**
 * One domain's part of the reports (Teamontwikkeling): the rollup in reporting reads no other
 * domain's tables, it unions these. Each domain writes the SQL over its own tables.
 */
export interface ReportActivity {
  /**
   * A SELECT of the domain's events between the instants `$1` (included) and `$2` (excluded),
   * one row per event and team: `team_id`, `user_id`, `family`, `figure` (a column of
   * reporting's figure list, or `activity` with amount 0 for what only counts its people),
   * `amount` and `event`, the event's own key (so the organisation counts it once).
   */
  events: string;
  /** A SQL expression: the time of the domain's first event, or NULL; from indexed columns. */
  firstEvent: string;
  /**
   * Only reflection: a SELECT, per team and pulse prompt delivered between `$1` and `$2`, of
   * `team_id`, `responses` and the sum of each pulse statement's scores, named as the statement
   * (`"safety"`, `"followThrough"`, ...).
   */
  pulse?: string;
}

/** The domains' parts, given to the rollup by the app that runs it (worker, CLI). */
export const REPORT_ACTIVITIES = Symbol('REPORT_ACTIVITIES');
