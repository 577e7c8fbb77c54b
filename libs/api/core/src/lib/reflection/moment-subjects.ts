import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { oneProviderEach } from '../discovery/one-provider-each';

/**
 * What a reflection moment can be about that another domain owns: a card or module (learning),
 * an experiment or why-question (board), a training it follows up (trainings). Reflection asks
 * the owner, never its tables.
 */
export const momentSubjectKinds = [
  'card',
  'module',
  'experiment',
  'whyQuestion',
  'training',
] as const;
export type MomentSubjectKind = (typeof momentSubjectKinds)[number];

/**
 * The titles of the items with these keys (a card's or module's slug, an experiment's or
 * why-question's id) that a moment of the team may be about: a card's title is its question.
 * An item that does not exist, is removed or hidden, or is another team's is not in the map.
 */
export type MomentSubjectResolver = (
  teamId: string,
  keys: readonly string[],
) => Promise<Map<string, string>>;

const MomentSubjectMarker = DiscoveryService.createDecorator<MomentSubjectKind>();

/** Marks the provider method, in the owning domain, that looks up one kind of subject. */
export function MomentSubject(kind: MomentSubjectKind) {
  const marker = MomentSubjectMarker(kind);
  return <M extends MomentSubjectResolver>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    marker(target, key, descriptor);
  };
}

/** The subjects' lookups, found at start-up: a kind without exactly one fails there. */
@Injectable()
export class MomentSubjectRegistry implements OnApplicationBootstrap {
  private resolvers?: Record<MomentSubjectKind, MomentSubjectResolver>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onApplicationBootstrap(): void {
    this.resolvers = oneProviderEach(
      this.discovery,
      this.scanner,
      MomentSubjectMarker,
      momentSubjectKinds,
      { problem: 'What reflection moments can be about is not complete', item: 'subject' },
    ) as Record<MomentSubjectKind, MomentSubjectResolver>;
  }

  /** The titles by key; no query when there are no keys. */
  async titles(
    kind: MomentSubjectKind,
    teamId: string,
    keys: ReadonlyArray<string | null | undefined>,
  ): Promise<Map<string, string>> {
    const resolvers = this.resolvers;
    if (!resolvers) throw new Error('MomentSubjectRegistry used before the application started');
    const wanted = [...new Set(keys.filter((key): key is string => !!key))];
    return wanted.length === 0 ? new Map() : resolvers[kind](teamId, wanted);
  }
}
