import { Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
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
  ValidQuery,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type CreateExperimentRequest,
  type DataPointRequest,
  type ExperimentDetail,
  type ExperimentEvaluationRequest,
  type ExperimentFilter,
  type ExperimentPlanRequest,
  type ExperimentStatusRequest,
  type ExperimentSummary,
  type LogEntryRequest,
  createExperimentRequestSchema,
  dataPointRequestSchema,
  experimentDetailSchema,
  experimentEvaluationRequestSchema,
  experimentFilterSchema,
  experimentPlanRequestSchema,
  experimentStatusRequestSchema,
  experimentSummarySchema,
  logEntryRequestSchema,
} from '@leerruimte/shared-contracts';
import { privacyOrLinkRefusal } from '../shared/board-openapi';
import { ExperimentsService } from './experiments.service';

const EXPERIMENTS = 'teams/:teamId/experiments';
const EXPERIMENT = `${EXPERIMENTS}/:experimentId`;

/** Experiments of a team, for its members only. */
@ApiTags('board')
@Controller()
export class ExperimentsController {
  constructor(private readonly experiments: ExperimentsService) {}

  @Get(EXPERIMENTS)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(z.array(experimentSummarySchema)) })
  list(
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidQuery(experimentFilterSchema) filter: ExperimentFilter,
  ): Promise<ExperimentSummary[]> {
    return this.experiments.list(teamId, filter);
  }

  @Post(EXPERIMENTS)
  @RequirePermission('team.member', 'teamId')
  @ApiCreatedResponse({ schema: openApiSchema(experimentDetailSchema) })
  @ApiUnprocessableEntityResponse(privacyOrLinkRefusal)
  create(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidBody(createExperimentRequestSchema) request: CreateExperimentRequest,
  ): Promise<ExperimentDetail> {
    return this.experiments.create(teamId, auth.userId, request);
  }

  @Get(EXPERIMENT)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(experimentDetailSchema) })
  detail(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('experimentId', ParseIdPipe) experimentId: string,
  ): Promise<ExperimentDetail> {
    return this.experiments.detail(teamId, experimentId, auth.userId);
  }

  @Put(EXPERIMENT)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(experimentDetailSchema) })
  @ApiForbiddenResponse({ description: 'Not who started it', schema: errorBodyOpenApi })
  @ApiConflictResponse({ description: 'Decided already', schema: errorBodyOpenApi })
  @ApiUnprocessableEntityResponse(privacyOrLinkRefusal)
  update(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('experimentId', ParseIdPipe) experimentId: string,
    @ValidBody(experimentPlanRequestSchema) request: ExperimentPlanRequest,
  ): Promise<ExperimentDetail> {
    return this.experiments.update(teamId, experimentId, auth.userId, request);
  }

  @Post(`${EXPERIMENT}/status`)
  @RequirePermission('team.member', 'teamId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(experimentDetailSchema) })
  @ApiForbiddenResponse({ description: 'Not involved', schema: errorBodyOpenApi })
  @ApiConflictResponse({ description: 'Not a next step from here', schema: errorBodyOpenApi })
  changeStatus(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('experimentId', ParseIdPipe) experimentId: string,
    @ValidBody(experimentStatusRequestSchema) request: ExperimentStatusRequest,
  ): Promise<ExperimentDetail> {
    return this.experiments.changeStatus(teamId, experimentId, auth.userId, request.status);
  }

  @Post(`${EXPERIMENT}/evaluation`)
  @RequirePermission('team.member', 'teamId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(experimentDetailSchema) })
  @ApiForbiddenResponse({ description: 'Not the lead or who started it', schema: errorBodyOpenApi })
  @ApiConflictResponse({ description: 'Not being evaluated', schema: errorBodyOpenApi })
  @ApiUnprocessableEntityResponse(privacyOrLinkRefusal)
  evaluate(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('experimentId', ParseIdPipe) experimentId: string,
    @ValidBody(experimentEvaluationRequestSchema)
    request: ExperimentEvaluationRequest,
  ): Promise<ExperimentDetail> {
    return this.experiments.evaluate(teamId, experimentId, auth.userId, request);
  }

  @Post(`${EXPERIMENT}/logbook`)
  @RequirePermission('team.member', 'teamId')
  @ApiCreatedResponse({ schema: openApiSchema(experimentDetailSchema) })
  @ApiUnprocessableEntityResponse(privacyOrLinkRefusal)
  addLogEntry(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('experimentId', ParseIdPipe) experimentId: string,
    @ValidBody(logEntryRequestSchema) request: LogEntryRequest,
  ): Promise<ExperimentDetail> {
    return this.experiments.addLogEntry(teamId, experimentId, auth.userId, request);
  }

  @Post(`${EXPERIMENT}/data-points`)
  @RequirePermission('team.member', 'teamId')
  @ApiCreatedResponse({ schema: openApiSchema(experimentDetailSchema) })
  @ApiConflictResponse({ description: 'Decided already', schema: errorBodyOpenApi })
  @ApiUnprocessableEntityResponse(privacyOrLinkRefusal)
  addDataPoint(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('experimentId', ParseIdPipe) experimentId: string,
    @ValidBody(dataPointRequestSchema) request: DataPointRequest,
  ): Promise<ExperimentDetail> {
    return this.experiments.addDataPoint(teamId, experimentId, auth.userId, request);
  }
}
