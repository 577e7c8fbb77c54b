import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type {
  PlatformStatus,
  TeamRole,
  TodayAgendaItem,
  TodayAssignment,
  TodayContinue,
  TodayLedTeam,
  TodayMoment,
  TodayOrganisation,
  TodayPrompt,
} from '@leerruimte/shared-contracts';
import { oneProviderEach } from '../discovery/one-provider-each';

/**
 * Every part of "Vandaag", each computed by the domain that owns its data. The API refuses to
 * start when a section has no provider or more than one.
 */
export enum TodaySectionName {
  Prompts = 'reflection.prompts',
  Moments = 'reflection.moments',
  LastPrompts = 'reflection.last-prompts',
  Assignments = 'learning.assignments',
  ContinueLearning = 'learning.continue',
  Agenda = 'board.agenda',
  ExperimentsToEvaluate = 'board.experiments-to-evaluate',
  Organisations = 'reporting.organisations',
  Platform = 'platform.status',
}

type LastPrompt = NonNullable<TodayLedTeam['lastPrompt']>;
type ExperimentToEvaluate = TodayLedTeam['experimentsToEvaluate'][number];

/** What each section gives; the lead's two parts carry their team, as Today joins them per team. */
export interface TodaySectionValues {
  [TodaySectionName.Prompts]: TodayPrompt[];
  [TodaySectionName.Moments]: TodayMoment[];
  [TodaySectionName.LastPrompts]: Array<{ teamId: string; lastPrompt: LastPrompt }>;
  [TodaySectionName.Assignments]: TodayAssignment[];
  [TodaySectionName.ContinueLearning]: TodayContinue | null;
  [TodaySectionName.Agenda]: TodayAgendaItem[];
  [TodaySectionName.ExperimentsToEvaluate]: Array<ExperimentToEvaluate & { teamId: string }>;
  [TodaySectionName.Organisations]: TodayOrganisation[];
  [TodaySectionName.Platform]: PlatformStatus | null;
}

export interface TodayViewerTeam {
  teamId: string;
  teamName: string;
  organisationId: string;
  role: TeamRole;
}

/**
 * Who asks for Vandaag, read once per request. A section shows only what this says the person
 * may see: their own teams, the teams they lead, the organisations whose admin rights count.
 */
export interface TodayViewer {
  userId: string;
  /** The teams the person is a member of, by name. */
  teams: readonly TodayViewerTeam[];
  /** Organisations the person administers, only with two-factor authentication on. */
  administers: ReadonlyArray<{ organisationId: string; organisationName: string }>;
  /** Platform admin, only with two-factor authentication on. */
  platformAdmin: boolean;
}

export const memberTeamIds = (viewer: TodayViewer): string[] =>
  viewer.teams.map((team) => team.teamId);

export const ledTeamIds = (viewer: TodayViewer): string[] =>
  viewer.teams.filter((team) => team.role === 'team_lead').map((team) => team.teamId);

/** A team's name as the viewer knows it; sections list only the viewer's own teams. */
export function teamNameIn(viewer: TodayViewer, teamId: string): string {
  return viewer.teams.find((team) => team.teamId === teamId)?.teamName ?? '';
}

export type TodaySectionResolver<N extends TodaySectionName> = (
  viewer: TodayViewer,
  now: Date,
) => Promise<TodaySectionValues[N]>;

const TodaySectionMarker = DiscoveryService.createDecorator<TodaySectionName>();

/**
 * Marks the provider method that computes one section:
 * `@TodaySection(TodaySectionName.X) async x(viewer, now)`; the compiler checks what it returns.
 */
export function TodaySection<N extends TodaySectionName>(name: N) {
  const marker = TodaySectionMarker(name);
  return <M extends TodaySectionResolver<N>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    marker(target, key, descriptor);
  };
}

export type TodaySectionResolvers = { [N in TodaySectionName]: TodaySectionResolver<N> };

/** Finds every `@TodaySection` and checks each section has exactly one provider. */
export function collectTodaySections(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
): TodaySectionResolvers {
  return oneProviderEach(discovery, scanner, TodaySectionMarker, Object.values(TodaySectionName), {
    problem: 'Sections of Today are not complete',
    item: 'section',
  }) as TodaySectionResolvers;
}

/** The sections of Today, found at start-up; computes them all at once for one viewer. */
@Injectable()
export class TodaySectionRegistry implements OnApplicationBootstrap {
  private resolvers?: TodaySectionResolvers;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onApplicationBootstrap(): void {
    this.resolvers = collectTodaySections(this.discovery, this.scanner);
  }

  /** Every section in parallel: each is one domain's own query (or none, when it does not apply). */
  async resolveAll(viewer: TodayViewer, now: Date): Promise<TodaySectionValues> {
    const resolvers = this.resolvers;
    if (!resolvers) throw new Error('TodaySectionRegistry used before the application started');
    const names = Object.values(TodaySectionName);
    const values = await Promise.all(
      names.map((name) => (resolvers[name] as TodaySectionResolver<typeof name>)(viewer, now)),
    );
    return Object.fromEntries(
      names.map((name, index) => [name, values[index]]),
    ) as unknown as TodaySectionValues;
  }
}
