import { Injectable, type Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import {
  AgendaSource,
  AgendaSourceName,
  AgendaSourceRegistry,
  type AgendaWindow,
} from './agenda-sources';
import type { TodayViewer } from './today-sections';

const viewer: TodayViewer = { userId: 'u', teams: [], administers: [], platformAdmin: false };
const window: AgendaWindow = {
  from: new Date('2026-12-08T10:00:00Z'),
  until: new Date('2026-12-21T23:00:00Z'),
  firstDay: '2026-12-08',
  lastDay: '2026-12-21',
};

@Injectable()
class Moments {
  @AgendaSource(AgendaSourceName.ReflectionMoments)
  async moments() {
    return [
      {
        kind: 'reflection_moment' as const,
        momentId: 'm',
        question: 'Wat leerde je?',
        at: '2026-12-09T14:00:00.000Z',
        teamId: 't',
        teamName: 'Noord',
        link: '/reflecties',
      },
    ];
  }
}

@Injectable()
class DueDates {
  @AgendaSource(AgendaSourceName.AssignmentsDue)
  async dueDates(_viewer: TodayViewer, asked: AgendaWindow) {
    return [
      {
        kind: 'assignment_due' as const,
        assignmentId: 'a',
        title: 'Bewust leren',
        dueDate: asked.lastDay,
        completedLessons: 0,
        lessonCount: 3,
        teamId: 't',
        teamName: 'Noord',
        link: '/leren/bewust-leren',
      },
    ];
  }
}

@Injectable()
class Sessions {
  @AgendaSource(AgendaSourceName.TrainingSessions)
  async sessions() {
    return [
      {
        kind: 'training_session' as const,
        sessionId: 's',
        title: 'Sociale NetwerkStrategieën',
        at: '2026-12-14T08:30:00.000Z',
        endsAt: '2026-12-14T15:30:00.000Z',
        place: 'Wijkcentrum De Linde',
        state: 'booked' as const,
        teamId: 't',
        teamName: 'Noord',
        link: '/team/t/trainingen',
      },
    ];
  }
}

async function start(providers: Type[]) {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [AgendaSourceRegistry, ...providers],
  }).compile();
  return moduleRef.init();
}

describe(AgendaSourceRegistry.name, () => {
  it("gives every source's items for the window", async () => {
    const app = await start([Moments, DueDates, Sessions]);
    const sut = app.get(AgendaSourceRegistry);

    const items = await sut.resolveAll(viewer, window);

    expect(items.map((item) => item.kind).sort()).toEqual([
      'assignment_due',
      'reflection_moment',
      'training_session',
    ]);
    expect(items).toContainEqual(expect.objectContaining({ dueDate: '2026-12-21' }));
    await app.close();
  });

  it('refuses to start when a source has no provider, naming it', async () => {
    await expect(start([Moments, Sessions])).rejects.toThrow(
      'Sources of the agenda are not complete: source "learning.assignments-due" has no provider',
    );
  });
});
