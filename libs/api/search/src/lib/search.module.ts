import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { SearchSourceRegistry } from '@leerruimte/api-core';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';
import { SearchViewers } from './search-viewers';

/**
 * One search over the learning content, the person's teams' boards and their journal. It knows
 * no domain: learning and the board each provide their `@SearchSource`, found at start-up.
 */
@Module({
  imports: [DiscoveryModule],
  controllers: [SearchController],
  providers: [SearchSourceRegistry, SearchService, SearchViewers],
})
export class SearchModule {}
