import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TodayViewer } from '@leerruimte/api-core';
import { todayViewer } from '@leerruimte/api-identity-data';

/** Reads who asks for Vandaag: their teams with their role, and the admin rights that count. */
@Injectable()
export class TodayViewers {
  constructor(private readonly dataSource: DataSource) {}

  of(userId: string): Promise<TodayViewer> {
    return todayViewer(this.dataSource, userId);
  }
}
