import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import {
  type FigureSet,
  type Report,
  type ReportFamily,
  type ReportMetric,
  anonymousReportFamilies,
  defaultMinimumGroupSize,
  figureApplies,
  metricFamily,
  reportFamilies,
} from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { type ReportScope, ReportingApi } from '@leerruimte/web-reporting-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice, StatusIndicator } from '@leerruimte/web-shared-ui';
import { PageTitle, toErrorBody } from '@leerruimte/web-shared-util';
import { ComparisonTable } from './comparison-table';
import { ReportExportPanel } from './export-panel';
import { ParticipationHeatmap } from './participation-heatmap';
import { type Period, currentQuarter, periodRange } from './period';
import { PeriodPicker } from './period-picker';
import { hasNoActivity, injectReportFormat } from './report-format';
import { ReportSettingsForm } from './report-settings-form';
import { reportingTexts } from './reporting.texts';
import { TeamBarChart } from './team-bar-chart';
import { TrendChart } from './trend-chart';

interface ReportQuery {
  scope: ReportScope;
  from: string;
  to: string;
  /** An admin's choice of one team; undefined for all teams (and for a team leader). */
  teamId: string | undefined;
}

/** A report with the team choice it was asked for, so a stale one is still read correctly. */
interface LoadedReport {
  report: Report;
  teamId: string | undefined;
}

interface Series {
  name: string;
  total: FigureSet;
  months: readonly FigureSet[];
}

function sameQuery(a: ReportQuery | undefined, b: ReportQuery | undefined): boolean {
  return (
    a === b ||
    (!!a &&
      !!b &&
      JSON.stringify(a.scope) === JSON.stringify(b.scope) &&
      a.from === b.from &&
      a.to === b.to &&
      a.teamId === b.teamId)
  );
}

/**
 * How teams develop over a period: an organisation admin sees all teams of the organisation
 * (`organisatie/:organisationId/teamontwikkeling`), a team leader their own team
 * (`team/:teamId/teamontwikkeling`). Figures from too few people come from the API as null and
 * show as "te weinig deelnemers", never as 0.
 */
@Component({
  selector: 'lr-team-development-page',
  imports: [
    ComparisonTable,
    MatFormFieldModule,
    MatSelectModule,
    Notice,
    ParticipationHeatmap,
    PeriodPicker,
    ReportExportPanel,
    ReportSettingsForm,
    StatusIndicator,
    TeamBarChart,
    TrendChart,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-development-page.html',
  styleUrl: './team-development-page.scss',
})
export class TeamDevelopmentPage {
  private readonly api = inject(ReportingApi);
  private readonly session = inject(SessionStore);
  private readonly pageTitle = inject(PageTitle);
  protected readonly t = injectTexts(reportingTexts);
  protected readonly format = injectReportFormat();
  protected readonly families = (Object.keys(reportFamilies) as ReportFamily[]).map((name) => ({
    name,
    metrics: reportFamilies[name] as readonly ReportMetric[],
  }));

  /** From the route `organisatie/:organisationId/teamontwikkeling`. */
  readonly organisationId = input<string>();
  /** From the route `team/:teamId/teamontwikkeling`. */
  readonly teamId = input<string>();

  protected readonly period = signal<Period>(currentQuarter());
  protected readonly range = computed(() => periodRange(this.period()));
  /** '' is "Alle teams". */
  protected readonly chosenTeamId = signal('');
  protected readonly metric = signal<ReportMetric>('learningHours');

  protected readonly scope = computed<ReportScope | undefined>(() => {
    const organisationId = this.organisationId();
    const teamId = this.teamId();
    if (organisationId) return { kind: 'organisation', organisationId };
    return teamId ? { kind: 'team', teamId } : undefined;
  });
  protected readonly forOrganisation = computed(() => this.scope()?.kind === 'organisation');

  private readonly query = computed<ReportQuery | undefined>(
    () => {
      const scope = this.scope();
      if (!scope) return undefined;
      const teamId = scope.kind === 'organisation' ? this.chosenTeamId() || undefined : undefined;
      return { scope, ...this.range(), teamId };
    },
    { equal: sameQuery },
  );

  protected readonly report = rxResource({
    params: () => this.query(),
    stream: ({ params }) =>
      this.api.report(params.scope, { from: params.from, to: params.to, teamId: params.teamId }),
  });

  /** The API's own words when it gave any (e.g. no access to this team), else a general one. */
  protected readonly loadProblem = computed(() => {
    const error = this.report.error();
    return error ? toErrorBody(error).message || this.t().loadFailed : null;
  });

  private readonly loaded = computed<LoadedReport | undefined>(() =>
    this.report.hasValue()
      ? { report: this.report.value(), teamId: this.query()?.teamId }
      : undefined,
  );
  /** The last figures stay on screen while the next ones load, marked as busy. */
  protected readonly shown = linkedSignal<LoadedReport | undefined, LoadedReport | undefined>({
    source: this.loaded,
    computation: (next, previous) => next ?? previous?.value,
  });
  /** The teams of the organisation, from the last report of all teams, kept when one is chosen. */
  protected readonly teamOptions = linkedSignal<
    readonly { teamId: string; name: string }[] | undefined,
    readonly { teamId: string; name: string }[]
  >({
    source: () => {
      const loaded = this.loaded();
      return loaded && this.forOrganisation() && !loaded.teamId
        ? loaded.report.teams.map(({ teamId, name }) => ({ teamId, name }))
        : undefined;
    },
    computation: (next, previous) => next ?? previous?.value ?? [],
  });

  /** The organisation's or the team's name, from the session until the report is there. */
  protected readonly name = computed(() => {
    const report = this.shown()?.report;
    if (this.forOrganisation()) {
      return (
        report?.organisationName ??
        this.session.user()?.organisations.find((item) => item.id === this.organisationId())
          ?.name ??
        ''
      );
    }
    return (
      report?.teams[0]?.name ??
      this.session.user()?.teams.find((item) => item.id === this.teamId())?.name ??
      ''
    );
  });

  protected readonly minimumGroupSize = computed(
    () => this.shown()?.report.minimumGroupSize ?? defaultMinimumGroupSize,
  );

  /** The figures the summary and the line chart are about: the organisation or one team. */
  protected readonly series = computed<Series | undefined>(() => {
    const shown = this.shown();
    if (!shown) return undefined;
    const { report, teamId } = shown;
    if (this.forOrganisation() && !teamId && report.organisation) {
      return { name: report.organisationName, ...report.organisation };
    }
    const team = report.teams.find((item) => item.teamId === teamId) ?? report.teams[0];
    return team && { name: team.name, total: team.total, months: team.months };
  });
  protected readonly noActivity = computed(() => {
    const series = this.series();
    return !!series && hasNoActivity(series.total);
  });
  protected readonly trend = computed(() => {
    const series = this.series();
    const metric = this.metric();
    return series?.months.map((figures) => figures[metric] ?? null) ?? [];
  });
  /** Months where the figure means nothing (a share of nothing asked): left out of the line. */
  protected readonly trendApplies = computed(() => {
    const metric = this.metric();
    return this.series()?.months.map((figures) => figureApplies(metric, figures)) ?? [];
  });
  /**
   * One team's rolling three-month windows of the chosen figure (an organisation admin's view):
   * only when a month of it is hidden, as then the months alone show too little.
   */
  protected readonly rollingTrend = computed(() => {
    const shown = this.shown();
    const metric = this.metric();
    const team = shown?.teamId
      ? shown.report.teams.find((item) => item.teamId === shown.teamId)
      : undefined;
    if (!team || team.rolling.length === 0 || anonymousReportFamilies.has(metricFamily(metric))) {
      return undefined;
    }
    const hidden = team.months.some(
      (figures) => figures[metric] === null && figureApplies(metric, figures),
    );
    if (!hidden) return undefined;
    return {
      values: team.rolling.map((figures) => figures[metric] ?? null),
      applies: team.rolling.map((figures) => figureApplies(metric, figures)),
    };
  });
  /** Teams side by side: only for an organisation admin looking at all teams. */
  protected readonly comparing = computed(() => {
    const shown = this.shown();
    return !!shown && this.forOrganisation() && !shown.teamId && shown.report.teams.length > 0;
  });
  protected readonly bars = computed(() => {
    const metric = this.metric();
    return (this.shown()?.report.teams ?? []).map((team) => ({
      id: team.teamId,
      label: team.name,
      value: team.total[metric] ?? null,
      applies: figureApplies(metric, team.total),
    }));
  });
  protected readonly comparisonRows = computed(() =>
    (this.shown()?.report.teams ?? []).map((team) => ({
      id: team.teamId,
      name: team.name,
      figures: team.total,
    })),
  );
  protected readonly periodLabel = computed(() => {
    const report = this.shown()?.report;
    return report ? this.format.period(report.from, report.to) : '';
  });

  /** What a download is for: the current choice, even while its figures are loading. */
  protected readonly selection = computed(() => {
    const { from, to } = this.range();
    const teamId = this.chosenTeamId();
    const team = this.teamOptions().find((item) => item.teamId === teamId);
    return {
      from,
      to,
      teamId: this.forOrganisation() && teamId ? teamId : undefined,
      period: this.format.period(from, to),
      name: team?.name ?? this.name(),
    };
  });

  constructor() {
    effect(() => this.pageTitle.subject.set(this.name() || null));
  }

  protected chooseTeam(teamId: string): void {
    this.chosenTeamId.set(teamId);
  }

  protected chooseMetric(metric: ReportMetric): void {
    this.metric.set(metric);
  }
}
