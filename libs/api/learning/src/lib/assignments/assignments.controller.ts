import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
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
  type Assignment,
  type CreateAssignmentRequest,
  type TeamProgress,
  assignmentSchema,
  createAssignmentRequestSchema,
  teamProgressSchema,
} from '@leerruimte/shared-contracts';
import { AssignmentsService } from './assignments.service';

/** A team leader's assignments of modules to their own team, and the team's progress. */
@ApiTags('learning')
@Controller('teams/:teamId')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get('learning-progress')
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(teamProgressSchema) })
  progress(@Param('teamId', ParseIdPipe) teamId: string): Promise<TeamProgress> {
    return this.assignments.teamProgress(teamId);
  }

  @Get('assignments')
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(z.array(assignmentSchema)) })
  list(@Param('teamId', ParseIdPipe) teamId: string): Promise<Assignment[]> {
    return this.assignments.list(teamId);
  }

  @Post('assignments')
  @RequirePermission('team.lead', 'teamId')
  @ApiCreatedResponse({
    description: 'Assigned; each assignee who wants mail per message gets one',
    schema: openApiSchema(assignmentSchema),
  })
  @ApiUnprocessableEntityResponse({
    description: 'Unknown module, a date in the past, or someone outside the team',
    schema: errorBodyOpenApi,
  })
  create(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidBody(createAssignmentRequestSchema) request: CreateAssignmentRequest,
  ): Promise<Assignment> {
    return this.assignments.create(teamId, auth.userId, request);
  }

  @Delete('assignments/:assignmentId')
  @RequirePermission('team.lead', 'teamId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Withdrawn; progress on the module stays' })
  withdraw(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('assignmentId', ParseIdPipe) assignmentId: string,
  ): Promise<void> {
    return this.assignments.withdraw(teamId, assignmentId);
  }
}
