import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { z } from 'zod';
import {
  Auth,
  type Authentication,
  LoggedIn,
  ParseIdPipe,
  ValidBody,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type Werkbegeleiding,
  werkbegeleidingRequestSchema,
  werkbegeleidingSchema,
} from '@leerruimte/shared-contracts';
import { WerkbegeleidingLog } from './werkbegeleiding-log';

const PATH = 'learning/me/werkbegeleiding';

/** A professional's own werkbegeleiding meetings, for the leerverslag. */
@ApiTags('learning')
@Controller()
export class WerkbegeleidingController {
  constructor(private readonly log: WerkbegeleidingLog) {}

  @Get(PATH)
  @LoggedIn()
  @ApiOkResponse({ schema: openApiSchema(z.array(werkbegeleidingSchema)) })
  mine(@Auth() auth: Authentication): Promise<Werkbegeleiding[]> {
    return this.log.mine(auth.userId);
  }

  @Post(PATH)
  @LoggedIn()
  @ApiCreatedResponse({ schema: openApiSchema(werkbegeleidingSchema) })
  add(
    @Auth() auth: Authentication,
    @ValidBody(werkbegeleidingRequestSchema)
    request: z.output<typeof werkbegeleidingRequestSchema>,
  ): Promise<Werkbegeleiding> {
    return this.log.add(auth.userId, request);
  }

  @Delete(`${PATH}/:meetingId`)
  @LoggedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: 'Not one of yours', schema: errorBodyOpenApi })
  async remove(
    @Auth() auth: Authentication,
    @Param('meetingId', ParseIdPipe) meetingId: string,
  ): Promise<void> {
    await this.log.remove(auth.userId, meetingId);
  }
}
