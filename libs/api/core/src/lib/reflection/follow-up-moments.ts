import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { everyMarkedMethod } from '../discovery/one-provider-each';

/**
 * A reflection question that another domain's event calls for, once, for some of a team: after
 * a training, its question to who attended. Reflection plans it as a one-off moment on its own
 * clock; the owner only says what is due.
 */
export interface FollowUpMoment {
  /** The training it follows up: at most one moment per training. */
  trainingId: string;
  teamId: string;
  /** Who planned the training: the moment is theirs. */
  plannedById: string | null;
  question: string;
  /** What the privacy guard found in the question when it was planned, and when confirmed. */
  privacyFindings: string[] | null;
  privacyConfirmedAt: Date | null;
  /** Who gets it: the team members who attended. Never empty. */
  memberIds: string[];
  /** The day it goes out (YYYY-MM-DD, Amsterdam), at 09:00 or the next working day. */
  date: string;
}

/**
 * The follow-ups whose time has come at `now` (with a window back, so a worker that did not run
 * catches up). Reflection keeps what it already planned; offering one again is harmless.
 */
export type FollowUpMomentResolver = (now: Date) => Promise<FollowUpMoment[]>;

const FollowUpMomentSourceMarker = DiscoveryService.createDecorator<true>();

/** Marks the provider method, in the owning domain, that lists follow-up moments due. */
export function FollowUpMomentSource() {
  const marker = FollowUpMomentSourceMarker(true);
  return <M extends FollowUpMomentResolver>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    marker(target, key, descriptor);
  };
}

/** The follow-ups' sources, found at start-up: any number (none in a process without them). */
@Injectable()
export class FollowUpMomentSourceRegistry implements OnApplicationBootstrap {
  private resolvers: FollowUpMomentResolver[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onApplicationBootstrap(): void {
    this.resolvers = everyMarkedMethod<FollowUpMomentResolver>(
      this.discovery,
      this.scanner,
      FollowUpMomentSourceMarker,
    );
  }

  async due(now: Date): Promise<FollowUpMoment[]> {
    const lists = await Promise.all(this.resolvers.map((resolve) => resolve(now)));
    return lists.flat();
  }
}
