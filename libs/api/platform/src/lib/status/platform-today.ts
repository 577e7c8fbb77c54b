import { Injectable } from '@nestjs/common';
import { TodaySection, TodaySectionName, type TodayViewer } from '@leerruimte/api-core';
import type { PlatformStatus } from '@leerruimte/shared-contracts';
import { PlatformStatusService } from './platform-status.service';

/** The platform's part of Vandaag: its status, for platform admins only. */
@Injectable()
export class PlatformToday {
  constructor(private readonly platformStatus: PlatformStatusService) {}

  @TodaySection(TodaySectionName.Platform)
  async status(viewer: TodayViewer): Promise<PlatformStatus | null> {
    return viewer.platformAdmin ? this.platformStatus.status() : null;
  }
}
