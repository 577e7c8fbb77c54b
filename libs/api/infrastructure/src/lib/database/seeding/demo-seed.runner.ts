import { Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { DemoSeed, type DemoSeeder, type DemoSeederOptions } from './demo-seeder';
import { SeedHistory } from './seed-history.entity';

export interface SeedRunResult {
  applied: string[];
  skipped: string[];
}

/**
 * Runs every demo seeder that has not run on this database yet, in order, each in its own
 * transaction together with its seed_history row, so a failed seeder leaves no half data and
 * runs again next time.
 */
@Injectable()
export class DemoSeedRunner {
  private readonly logger = new Logger(DemoSeedRunner.name);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
  ) {}

  seeders(): Array<DemoSeederOptions & { instance: DemoSeeder }> {
    const found = this.discovery
      .getProviders({ metadataKey: DemoSeed.KEY })
      .map((wrapper) => {
        const options = this.discovery.getMetadataByDecorator(DemoSeed, wrapper);
        return options ? { ...options, instance: wrapper.instance as DemoSeeder } : undefined;
      })
      .filter((seeder) => seeder !== undefined)
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
    const names = found.map((seeder) => seeder.name);
    const duplicate = names.find((name, index) => names.indexOf(name) !== index);
    if (duplicate) {
      throw new Error(`Two demo seeders are named "${duplicate}"`);
    }
    return found;
  }

  async run(): Promise<SeedRunResult> {
    const result: SeedRunResult = { applied: [], skipped: [] };
    for (const seeder of this.seeders()) {
      const applied = await this.dataSource.transaction(async (manager) => {
        // The lock makes two starts at once (two API replicas) apply a seeder once.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [seeder.name]);
        if (await manager.existsBy(SeedHistory, { name: seeder.name })) {
          return false;
        }
        await seeder.instance.seed(manager);
        await manager.insert(SeedHistory, { name: seeder.name });
        return true;
      });
      (applied ? result.applied : result.skipped).push(seeder.name);
      if (applied) {
        this.logger.log(`Demo data "${seeder.name}" added`);
      }
    }
    return result;
  }
}
