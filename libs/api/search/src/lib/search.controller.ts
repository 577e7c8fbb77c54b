import { Controller, Get } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Auth,
  type Authentication,
  LoggedIn,
  ValidQuery,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type SearchQuery,
  type SearchResponse,
  searchQueryMaxLength,
  searchQueryMinLength,
  searchQuerySchema,
  searchResponseSchema,
} from '@leerruimte/shared-contracts';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @LoggedIn()
  @ApiOkResponse({
    description: 'What the person may see that matches, best first',
    schema: openApiSchema(searchResponseSchema),
  })
  @ApiBadRequestResponse({ description: 'The words or the kind', schema: errorBodyOpenApi })
  find(
    @Auth() auth: Authentication,
    @ValidQuery(searchQuerySchema, {
      q: {
        type: String,
        description: `The words, ${searchQueryMinLength} to ${searchQueryMaxLength} characters: "a phrase", or, -without`,
      },
    })
    query: SearchQuery,
  ): Promise<SearchResponse> {
    return this.search.find(auth.userId, query);
  }
}
