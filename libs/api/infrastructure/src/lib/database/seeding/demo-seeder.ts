import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

export interface DemoSeederOptions {
  /** Stable, unique name; renaming it makes the seeder run again. */
  name: string;
  /** Lower runs first: organisations before teams before learning progress. */
  order: number;
}

/** A provider that fills an empty database with demo data for one feature. */
export interface DemoSeeder {
  seed(manager: EntityManager): Promise<void>;
}

/** Marks a provider as a demo seeder; the DemoSeedRunner finds it through Nest's discovery. */
export const DemoSeed = DiscoveryService.createDecorator<DemoSeederOptions>();
