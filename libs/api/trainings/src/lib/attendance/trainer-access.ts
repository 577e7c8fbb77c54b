import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { DelegatedAccess, DelegatedAccessName } from '@leerruimte/api-core';
import { givesSession, givesTemplate } from '../planning/trainings.queries';

const id = z.uuid();

/**
 * A trainer with an account keeps the registers of the training they give, like the lead, and
 * reads its trainer guides.
 */
@Injectable()
export class TrainerAccess {
  constructor(private readonly dataSource: DataSource) {}

  @DelegatedAccess(DelegatedAccessName.TrainingTrainer)
  async givesTheSession(
    userId: string,
    params: Readonly<Record<string, string | undefined>>,
  ): Promise<boolean> {
    const teamId = id.safeParse(params['teamId']);
    const sessionId = id.safeParse(params['sessionId']);
    if (!teamId.success || !sessionId.success) return false;
    return givesSession(this.dataSource, userId, teamId.data, sessionId.data);
  }

  /** Who gives a training planned from a template reads its trainer guides. */
  @DelegatedAccess(DelegatedAccessName.TemplateTrainer)
  async givesFromTheTemplate(
    userId: string,
    params: Readonly<Record<string, string | undefined>>,
  ): Promise<boolean> {
    const teamId = id.safeParse(params['teamId']);
    const templateSlug = params['templateSlug'];
    if (!teamId.success || !templateSlug) return false;
    return givesTemplate(this.dataSource, userId, teamId.data, templateSlug);
  }
}
