import { Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { z } from 'zod';
import {
  Auth,
  type Authentication,
  ParseIdPipe,
  RequirePermission,
  ValidBody,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type CreateMomentRequest,
  type Moment,
  createMomentRequestSchema,
  momentSchema,
} from '@leerruimte/shared-contracts';
import { MomentsService } from './moments.service';

const MOMENT = 'teams/:teamId/reflection-moments/:momentId';

/** A team leader's reflection moments for their own team. */
@ApiTags('reflection')
@Controller()
export class MomentsController {
  constructor(private readonly moments: MomentsService) {}

  @Get('teams/:teamId/reflection-moments')
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(z.array(momentSchema)) })
  list(@Param('teamId', ParseIdPipe) teamId: string): Promise<Moment[]> {
    return this.moments.list(teamId);
  }

  @Post('teams/:teamId/reflection-moments')
  @RequirePermission('team.lead', 'teamId')
  @ApiCreatedResponse({ schema: openApiSchema(momentSchema) })
  @ApiUnprocessableEntityResponse({
    description: 'Unknown card or module, someone outside the team, or no future moments',
    schema: errorBodyOpenApi,
  })
  create(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidBody(createMomentRequestSchema) request: CreateMomentRequest,
  ): Promise<Moment> {
    return this.moments.create(teamId, auth.userId, request);
  }

  @Put(MOMENT)
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({
    description: 'Changed from now on; earlier prompts keep their question',
    schema: openApiSchema(momentSchema),
  })
  @ApiConflictResponse({ description: 'The moment has ended', schema: errorBodyOpenApi })
  update(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('momentId', ParseIdPipe) momentId: string,
    @ValidBody(createMomentRequestSchema) request: CreateMomentRequest,
  ): Promise<Moment> {
    return this.moments.update(teamId, momentId, request, auth.userId);
  }

  @Post(`${MOMENT}/pause`)
  @RequirePermission('team.lead', 'teamId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(momentSchema) })
  @ApiConflictResponse({ description: 'Already paused, or ended', schema: errorBodyOpenApi })
  pause(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('momentId', ParseIdPipe) momentId: string,
  ): Promise<Moment> {
    return this.moments.changeStatus(teamId, momentId, 'paused');
  }

  @Post(`${MOMENT}/resume`)
  @RequirePermission('team.lead', 'teamId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(momentSchema) })
  @ApiConflictResponse({ description: 'Already active, or ended', schema: errorBodyOpenApi })
  resume(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('momentId', ParseIdPipe) momentId: string,
  ): Promise<Moment> {
    return this.moments.changeStatus(teamId, momentId, 'active');
  }

  @Post(`${MOMENT}/end`)
  @RequirePermission('team.lead', 'teamId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(momentSchema) })
  @ApiConflictResponse({ description: 'Already ended', schema: errorBodyOpenApi })
  end(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('momentId', ParseIdPipe) momentId: string,
  ): Promise<Moment> {
    return this.moments.changeStatus(teamId, momentId, 'ended');
  }
}
