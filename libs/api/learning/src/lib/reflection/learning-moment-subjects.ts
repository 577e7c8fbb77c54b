import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { MomentSubject } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';

const titled = z.object({ key: z.string(), title: z.string() });

/** The cards and modules a reflection moment can be about: the catalogue is everyone's. */
@Injectable()
export class LearningMomentSubjects {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A card's title for a moment is its question, which the moment asks: a library card, or one
   * of the team's own once its lead approved it.
   */
  @MomentSubject('card')
  async cards(teamId: string, slugs: readonly string[]): Promise<Map<string, string>> {
    const rows = await selectRows(
      this.dataSource,
      titled,
      `SELECT slug AS key, question AS title FROM card
        WHERE slug = ANY($1) AND removed_at IS NULL
       UNION ALL
       SELECT slug, question FROM team_card
        WHERE slug = ANY($1) AND team_id = $2 AND status = 'approved'`,
      [slugs, teamId],
    );
    return new Map(rows.map((row) => [row.key, row.title]));
  }

  @MomentSubject('module')
  async modules(_teamId: string, slugs: readonly string[]): Promise<Map<string, string>> {
    const rows = await selectRows(
      this.dataSource,
      titled,
      `SELECT slug AS key, title FROM learning_module
        WHERE slug = ANY($1) AND removed_at IS NULL`,
      [slugs],
    );
    return new Map(rows.map((row) => [row.key, row.title]));
  }
}
