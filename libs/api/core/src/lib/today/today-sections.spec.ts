import { Injectable, type Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import {
  TodaySection,
  TodaySectionName,
  TodaySectionRegistry,
  type TodayViewer,
} from './today-sections';

const viewer: TodayViewer = { userId: 'u', teams: [], administers: [], platformAdmin: false };

@Injectable()
class LearningSections {
  @TodaySection(TodaySectionName.Assignments)
  async assignments() {
    return [];
  }

  @TodaySection(TodaySectionName.ContinueLearning)
  async continueLearning() {
    return null;
  }
}

@Injectable()
class OtherSections {
  @TodaySection(TodaySectionName.Prompts)
  async prompts() {
    return [];
  }

  @TodaySection(TodaySectionName.Moments)
  async moments() {
    return [];
  }

  @TodaySection(TodaySectionName.LastPrompts)
  async lastPrompts(asking: TodayViewer) {
    return asking.teams.map((team) => ({
      teamId: team.teamId,
      lastPrompt: {
        momentId: 'm',
        question: 'Wat leerde je?',
        deliveredAt: '2026-11-20T14:00:00.000Z',
        asked: 3,
        answered: 2,
      },
    }));
  }

  @TodaySection(TodaySectionName.Agenda)
  async agenda() {
    return [];
  }

  @TodaySection(TodaySectionName.ExperimentsToEvaluate)
  async experimentsToEvaluate() {
    return [];
  }

  @TodaySection(TodaySectionName.Organisations)
  async organisations() {
    return [];
  }

  @TodaySection(TodaySectionName.Platform)
  async platform() {
    return null;
  }
}

@Injectable()
class SecondAgenda {
  @TodaySection(TodaySectionName.Agenda)
  async agenda() {
    return [];
  }
}

async function start(providers: Type[]) {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [TodaySectionRegistry, ...providers],
  }).compile();
  return moduleRef.init();
}

describe(TodaySectionRegistry.name, () => {
  it('computes every section once all have a provider', async () => {
    const app = await start([LearningSections, OtherSections]);
    const sut = app.get(TodaySectionRegistry);

    const sections = await sut.resolveAll(
      {
        ...viewer,
        teams: [{ teamId: 't', teamName: 'Noord', organisationId: 'o', role: 'team_lead' }],
      },
      new Date(),
    );

    expect(Object.keys(sections).sort()).toEqual(Object.values(TodaySectionName).sort());
    expect(sections[TodaySectionName.LastPrompts]).toEqual([
      expect.objectContaining({ teamId: 't' }),
    ]);
    await app.close();
  });

  it('refuses to start when a section has no provider, naming it', async () => {
    await expect(start([OtherSections])).rejects.toThrow(
      'Sections of Today are not complete: section "learning.assignments" has no provider; ' +
        'section "learning.continue" has no provider',
    );
  });

  it('refuses to start when a section has two providers, naming both', async () => {
    await expect(start([LearningSections, OtherSections, SecondAgenda])).rejects.toThrow(
      'section "board.agenda" has 2 providers (OtherSections.agenda, SecondAgenda.agenda)',
    );
  });
});
