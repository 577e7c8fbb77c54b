import { Injectable } from '@nestjs/common';
import { AgendaSourceRegistry } from '@leerruimte/api-core';
import type { Agenda } from '@leerruimte/shared-contracts';
import { TodayViewers } from '../today-viewers';
import { agendaByDay, agendaWindow } from './agenda-days';

/**
 * One person's agenda: who they are is read once, as for Vandaag, then every source lists its
 * items for the window, all at the same time. The number of queries does not grow with what
 * there is, nor with the number of days.
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly viewers: TodayViewers,
    private readonly sources: AgendaSourceRegistry,
  ) {}

  async of(userId: string, days: number, now = new Date()): Promise<Agenda> {
    const viewer = await this.viewers.of(userId);
    const window = agendaWindow(now, days);
    return agendaByDay(await this.sources.resolveAll(viewer, window), window);
  }
}
