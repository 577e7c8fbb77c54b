import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  Auth,
  type Authentication,
  ParseIdPipe,
  RequirePermission,
  ValidBody,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type OrganisationTraining,
  type TrainingTemplate,
  organisationTrainingSchema,
  planOrganisationTrainingRequestSchema,
  trainingTemplateSchema,
} from '@leerruimte/shared-contracts';
import { OrganisationTrainings } from './planning/organisation-trainings';
import { TrainingTemplates } from './templates/training-templates';

const TRAININGS = 'organisations/:organisationId/trainings';

/** An organisation admin plans a training for several teams and follows its places. */
@ApiTags('trainings')
@Controller()
export class OrganisationTrainingsController {
  constructor(
    private readonly trainings: OrganisationTrainings,
    private readonly templates: TrainingTemplates,
  ) {}

  @Get(TRAININGS)
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(z.array(organisationTrainingSchema)) })
  list(
    @Param('organisationId', ParseIdPipe) organisationId: string,
  ): Promise<OrganisationTraining[]> {
    return this.trainings.list(organisationId);
  }

  @Post(TRAININGS)
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiCreatedResponse({ schema: openApiSchema(organisationTrainingSchema) })
  plan(
    @Auth() auth: Authentication,
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @ValidBody(planOrganisationTrainingRequestSchema)
    request: z.output<typeof planOrganisationTrainingRequestSchema>,
  ): Promise<OrganisationTraining> {
    return this.trainings.plan(organisationId, auth.userId, request);
  }

  @Get('organisations/:organisationId/training-templates')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(z.array(trainingTemplateSchema)) })
  listTemplates(
    @Param('organisationId', ParseIdPipe) _organisationId: string,
  ): Promise<TrainingTemplate[]> {
    return this.templates.list();
  }
}
