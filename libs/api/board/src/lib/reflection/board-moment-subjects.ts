import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { MomentSubject } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';

const titled = z.object({ key: z.string(), title: z.string() });

/** The team's experiments and why-questions a reflection moment can be about; not hidden ones. */
@Injectable()
export class BoardMomentSubjects {
  constructor(private readonly dataSource: DataSource) {}

  @MomentSubject('experiment')
  async experiments(teamId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await selectRows(
      this.dataSource,
      titled,
      `SELECT id AS key, title FROM experiment
        WHERE id = ANY($1::uuid[]) AND team_id = $2 AND hidden_at IS NULL`,
      [ids, teamId],
    );
    return new Map(rows.map((row) => [row.key, row.title]));
  }

  @MomentSubject('whyQuestion')
  async whyQuestions(teamId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await selectRows(
      this.dataSource,
      titled,
      `SELECT id AS key, question AS title FROM why_question
        WHERE id = ANY($1::uuid[]) AND team_id = $2 AND hidden_at IS NULL`,
      [ids, teamId],
    );
    return new Map(rows.map((row) => [row.key, row.title]));
  }
}
