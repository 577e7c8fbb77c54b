import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type TestContext, createTestContext } from '../../../testing';
import { DemoSeed, type DemoSeeder } from './demo-seeder';
import { DemoSeedRunner } from './demo-seed.runner';

const calls: string[] = [];
let failNextTeamsSeed = false;

@DemoSeed({ name: 'test-teams', order: 20 })
@Injectable()
class TeamsSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    calls.push('teams');
    await manager.query(`CREATE TABLE IF NOT EXISTS seed_probe (label text)`);
    await manager.query(`INSERT INTO seed_probe VALUES ('team')`);
    if (failNextTeamsSeed) {
      failNextTeamsSeed = false;
      throw new Error('seeding failed halfway');
    }
  }
}

@DemoSeed({ name: 'test-organisations', order: 10 })
@Injectable()
class OrganisationsSeeder implements DemoSeeder {
  async seed(): Promise<void> {
    calls.push('organisations');
  }
}

describe(DemoSeedRunner.name, () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext({ providers: [TeamsSeeder, OrganisationsSeeder] });
    await ctx.dataSource.query('DROP TABLE IF EXISTS seed_probe');
  });

  afterAll(async () => {
    await ctx.dataSource.query('DROP TABLE IF EXISTS seed_probe');
    await ctx.close();
  });

  beforeEach(() => {
    calls.length = 0;
  });

  it('rolls back a seeder that fails, and runs it again next time', async () => {
    failNextTeamsSeed = true;
    const sut = ctx.app.get(DemoSeedRunner);

    await expect(sut.run()).rejects.toThrow('seeding failed halfway');
    const probeTable = await ctx.dataSource.query(`SELECT to_regclass('seed_probe') AS name`);
    expect(probeTable[0].name).toBeNull();

    const result = await sut.run();
    expect(result.applied).toEqual(['test-teams']);
    expect(result.skipped).toEqual(['test-organisations']);
  });

  it('runs each seeder once, in order', async () => {
    await ctx.dataSource.query('TRUNCATE seed_history');
    await ctx.dataSource.query('DROP TABLE IF EXISTS seed_probe');
    const sut = ctx.app.get(DemoSeedRunner);

    const first = await sut.run();
    const second = await sut.run();

    expect(calls).toEqual(['organisations', 'teams']);
    expect(first.applied).toEqual(['test-organisations', 'test-teams']);
    expect(second).toEqual({ applied: [], skipped: ['test-organisations', 'test-teams'] });
  });
});
