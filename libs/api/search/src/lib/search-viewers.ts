import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SearchViewer } from '@leerruimte/api-core';

/**
 * Who searches, in one statement: the teams they are a member of. Being an organisation's admin
 * gives no board: the learning board is its team's members' alone.
 */
@Injectable()
export class SearchViewers {
  constructor(private readonly dataSource: DataSource) {}

  async of(userId: string): Promise<SearchViewer> {
    const teams: SearchViewer['teams'] = await this.dataSource.query(
      `SELECT t.id AS "teamId", t.name AS "teamName"
         FROM team_membership tm JOIN team t ON t.id = tm.team_id
        WHERE tm.user_id = $1
        ORDER BY t.name, t.id`,
      [userId],
    );
    return { userId, teams };
  }
}
