import { Injectable } from '@nestjs/common';
import { TodaySectionRegistry } from '@leerruimte/api-core';
import type { Today } from '@leerruimte/shared-contracts';
import { assembleToday } from './assemble-today';
import { TodayViewers } from './today-viewers';

/**
 * One person's Vandaag: who they are is read once, then every domain computes its own section
 * for them, all at the same time. The number of queries does not grow with what there is.
 */
@Injectable()
export class TodayService {
  constructor(
    private readonly viewers: TodayViewers,
    private readonly sections: TodaySectionRegistry,
  ) {}

  async of(userId: string, now = new Date()): Promise<Today> {
    const viewer = await this.viewers.of(userId);
    return assembleToday(viewer, await this.sections.resolveAll(viewer, now));
  }
}
