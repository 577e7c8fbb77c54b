import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  Auth,
  type Authentication,
  LoggedIn,
  ZodValidationPipe,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type SearchQuery,
  type SearchResponse,
  searchKinds,
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
  @ApiQuery({
    name: 'q',
    type: String,
    description: `The words, ${searchQueryMinLength} to ${searchQueryMaxLength} characters: "a phrase", or, -without`,
  })
  @ApiQuery({ name: 'kind', required: false, enum: searchKinds })
  @ApiOkResponse({
    description: 'What the person may see that matches, best first',
    schema: openApiSchema(searchResponseSchema),
  })
  @ApiBadRequestResponse({ description: 'The words or the kind', schema: errorBodyOpenApi })
  find(
    @Auth() auth: Authentication,
    @Query(new ZodValidationPipe(searchQuerySchema)) query: SearchQuery,
  ): Promise<SearchResponse> {
    return this.search.find(auth.userId, query);
  }
}
