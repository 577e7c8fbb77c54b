import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type {
  AgendaAssignmentDue,
  AgendaItem,
  AgendaReflectionMoment,
  AgendaTrainingSession,
} from '@leerruimte/shared-contracts';
import { oneProviderEach } from '../discovery/one-provider-each';
import type { TodayViewer } from './today-sections';

/**
 * Every kind of item on the agenda, each computed by the domain that owns its data. The API
 * refuses to start when a source has no provider or more than one.
 */
export enum AgendaSourceName {
  ReflectionMoments = 'reflection.moments',
  AssignmentsDue = 'learning.assignments-due',
  TrainingSessions = 'trainings.sessions',
}

/** What each source gives: items of its own kind. */
export interface AgendaSourceValues {
  [AgendaSourceName.ReflectionMoments]: AgendaReflectionMoment[];
  [AgendaSourceName.AssignmentsDue]: AgendaAssignmentDue[];
  [AgendaSourceName.TrainingSessions]: AgendaTrainingSession[];
}

/** The stretch of time an agenda covers: from now to the end of its last day in Amsterdam. */
export interface AgendaWindow {
  /** Now: what already happened is not on the agenda. */
  from: Date;
  /** The start of the day after the last day (Amsterdam). */
  until: Date;
  /** Today and the last day as local dates (YYYY-MM-DD), for what has a date but no time. */
  firstDay: string;
  lastDay: string;
}

export type AgendaSourceResolver<N extends AgendaSourceName> = (
  viewer: TodayViewer,
  window: AgendaWindow,
) => Promise<AgendaSourceValues[N]>;

const AgendaSourceMarker = DiscoveryService.createDecorator<AgendaSourceName>();

/**
 * Marks the provider method that lists one kind of agenda item for a person:
 * `@AgendaSource(AgendaSourceName.X) async x(viewer, window)`; the compiler checks what it returns.
 */
export function AgendaSource<N extends AgendaSourceName>(name: N) {
  const marker = AgendaSourceMarker(name);
  return <M extends AgendaSourceResolver<N>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    marker(target, key, descriptor);
  };
}

type AgendaSourceResolvers = { [N in AgendaSourceName]: AgendaSourceResolver<N> };

/** The agenda's sources, found at start-up; asks them all at once for one person's items. */
@Injectable()
export class AgendaSourceRegistry implements OnApplicationBootstrap {
  private resolvers?: AgendaSourceResolvers;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onApplicationBootstrap(): void {
    this.resolvers = oneProviderEach(
      this.discovery,
      this.scanner,
      AgendaSourceMarker,
      Object.values(AgendaSourceName),
      { problem: 'Sources of the agenda are not complete', item: 'source' },
    ) as AgendaSourceResolvers;
  }

  /** Every source in parallel, each one query of its own domain; the items in no order. */
  async resolveAll(viewer: TodayViewer, window: AgendaWindow): Promise<AgendaItem[]> {
    const lists = await Promise.all(
      Object.values(AgendaSourceName).map((name) => this.resolve(name, viewer, window)),
    );
    return lists.flat();
  }

  /** One kind of item, from the domain that owns it (the calendar feed asks for trainings). */
  resolve<N extends AgendaSourceName>(
    name: N,
    viewer: TodayViewer,
    window: AgendaWindow,
  ): Promise<AgendaSourceValues[N]> {
    const resolvers = this.resolvers;
    if (!resolvers) throw new Error('AgendaSourceRegistry used before the application started');
    return (resolvers[name] as AgendaSourceResolver<N>)(viewer, window);
  }
}
