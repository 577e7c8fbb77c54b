import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SearchViewer } from '@leerruimte/api-core';
import { teamsOfMember } from '@leerruimte/api-identity-data';

/**
 * Who searches: the teams they are a member of. Being an organisation's admin gives no board:
 * the learning board is its team's members' alone.
 */
@Injectable()
export class SearchViewers {
  constructor(private readonly dataSource: DataSource) {}

  async of(userId: string): Promise<SearchViewer> {
    return { userId, teams: await teamsOfMember(this.dataSource, userId) };
  }
}
