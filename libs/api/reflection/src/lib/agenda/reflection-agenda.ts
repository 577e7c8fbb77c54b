import { Injectable } from '@nestjs/common';
import {
  AgendaSource,
  AgendaSourceName,
  type AgendaWindow,
  type TodayViewer,
  memberTeamIds,
} from '@leerruimte/api-core';
import type { AgendaReflectionMoment } from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';
import { UpcomingMoments } from '../calendar/upcoming-moments';

/**
 * Reflection's part of the agenda: the moments that will reach me, as the calendar feed lists
 * them. A prompt does not exist before it is delivered, so the item leads to Reflecties.
 */
@Injectable()
export class ReflectionAgenda {
  constructor(private readonly upcoming: UpcomingMoments) {}

  @AgendaSource(AgendaSourceName.ReflectionMoments)
  async moments(viewer: TodayViewer, window: AgendaWindow): Promise<AgendaReflectionMoment[]> {
    if (memberTeamIds(viewer).length === 0) return [];
    const moments = await this.upcoming.forPerson(viewer.userId, window.from, window.until);
    return moments
      .filter((moment) => moment.at < window.until)
      .map((moment) => ({
        kind: 'reflection_moment',
        momentId: moment.momentId,
        question: moment.question,
        at: moment.at.toISOString(),
        teamId: moment.teamId,
        teamName: moment.teamName,
        link: link(appPaths.prompts),
      }));
  }
}
