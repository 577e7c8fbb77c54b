import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { oneProviderEach } from '../discovery/one-provider-each';

/**
 * Access a team permission can also be given by a domain's own facts, for one thing: the trainer
 * of a training keeps its register without being the team's lead. Named in
 * `@RequirePermission('team.lead', 'teamId', { orDelegate })`, answered by the domain that owns
 * the facts (`@DelegatedAccess(name)` on a provider method).
 */
export enum DelegatedAccessName {
  /** The caller gives the training of the route's `sessionId`, in the route's `teamId`. */
  TrainingTrainer = 'trainings.trainer',
  /** The caller gives a training of the route's `teamId` planned from the route's `templateSlug`. */
  TemplateTrainer = 'trainings.template-trainer',
}

export type DelegatedAccessCheck = (
  userId: string,
  params: Readonly<Record<string, string | undefined>>,
) => Promise<boolean>;

const DelegatedAccessMarker = DiscoveryService.createDecorator<DelegatedAccessName>();

/** Marks the provider method that answers one delegation: `@DelegatedAccess(name) async x(userId, params)`. */
export function DelegatedAccess(name: DelegatedAccessName) {
  const marker = DelegatedAccessMarker(name);
  return <M extends DelegatedAccessCheck>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    marker(target, key, descriptor);
  };
}

/**
 * The delegations, found at start-up. A process without the domain that answers one (the worker,
 * a library's own tests) gives nobody access through it: it fails closed.
 */
@Injectable()
export class DelegatedAccessRegistry implements OnApplicationBootstrap {
  private checks: Partial<Record<DelegatedAccessName, DelegatedAccessCheck>> = {};

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onApplicationBootstrap(): void {
    this.checks = oneProviderEach(
      this.discovery,
      this.scanner,
      DelegatedAccessMarker,
      Object.values(DelegatedAccessName),
      { problem: 'Delegated access is declared twice', item: 'delegation', optional: true },
    ) as Partial<Record<DelegatedAccessName, DelegatedAccessCheck>>;
  }

  allows(
    name: DelegatedAccessName,
    userId: string,
    params: Readonly<Record<string, string | undefined>>,
  ): Promise<boolean> {
    return this.checks[name]?.(userId, params) ?? Promise.resolve(false);
  }
}
