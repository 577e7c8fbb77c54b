import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { everyMarkedMethod } from '../discovery/one-provider-each';
import type { AccreditationRegister } from '@leerruimte/shared-contracts';

/**
 * What another domain adds to a person's leerverslag (learning owns the leerverslag and its
 * modules; trainings adds the sessions attended). Only what a register asks to see: never a
 * private text.
 */
export interface LeerverslagContribution {
  /** Which kind of activity it is, for its title: "Training …", "Intervisie: …". */
  source: 'training' | 'intervisie' | 'werkbegeleiding';
  /** YYYY-MM-DD, Amsterdam. */
  date: string;
  kind: 'formal' | 'reflection' | 'supervision';
  category: 'accredited' | 'reflection' | 'other';
  title: string;
  minutes: number | null;
  points: number | null;
  accreditationNumber: string | null;
  register: AccreditationRegister | null;
}

/** A person's contributions with a date from `start` (included) to `end` (excluded). */
export type LeerverslagResolver = (
  userId: string,
  start: Date,
  end: Date,
) => Promise<LeerverslagContribution[]>;

const LeerverslagSourceMarker = DiscoveryService.createDecorator<true>();

/** Marks the provider method that lists a domain's leerverslag activities for a person. */
export function LeerverslagSource() {
  const marker = LeerverslagSourceMarker(true);
  return <M extends LeerverslagResolver>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    marker(target, key, descriptor);
  };
}

/**
 * The leerverslag's sources in other domains, found at start-up. Any number: a process (or a
 * test) without the trainings domain has a leerverslag of modules only.
 */
@Injectable()
export class LeerverslagSourceRegistry implements OnApplicationBootstrap {
  private resolvers: LeerverslagResolver[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onApplicationBootstrap(): void {
    this.resolvers = everyMarkedMethod<LeerverslagResolver>(
      this.discovery,
      this.scanner,
      LeerverslagSourceMarker,
    );
  }

  async contributions(userId: string, start: Date, end: Date): Promise<LeerverslagContribution[]> {
    const lists = await Promise.all(this.resolvers.map((resolve) => resolve(userId, start, end)));
    return lists.flat();
  }
}
