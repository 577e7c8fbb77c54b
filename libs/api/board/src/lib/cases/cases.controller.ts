import { Controller, Get, Param, Post, Put } from '@nestjs/common';
import {
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
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type CaseDetail,
  type CaseRequest,
  type CaseSummary,
  caseDetailSchema,
  caseDiscussionRequestSchema,
  caseRequestSchema,
  caseSummarySchema,
} from '@leerruimte/shared-contracts';
import { CasesService } from './cases.service';
import { privacyOrLinkRefusal } from '../shared/board-openapi';

const CASES = 'teams/:teamId/cases';
const CASE = `${CASES}/:caseId`;

/** Casuïstiek: pseudonymised cases and their structured discussions, for the team only. */
@ApiTags('board')
@Controller()
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get(CASES)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(z.array(caseSummarySchema)) })
  list(@Param('teamId', ParseIdPipe) teamId: string): Promise<CaseSummary[]> {
    return this.cases.summaries(teamId);
  }

  @Post(CASES)
  @RequirePermission('team.member', 'teamId')
  @ApiCreatedResponse({ schema: openApiSchema(caseDetailSchema) })
  @ApiUnprocessableEntityResponse(privacyOrLinkRefusal)
  create(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidBody(caseRequestSchema) request: CaseRequest,
  ): Promise<CaseDetail> {
    return this.cases.create(teamId, auth.userId, request);
  }

  @Get(CASE)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(caseDetailSchema) })
  detail(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('caseId', ParseIdPipe) caseId: string,
  ): Promise<CaseDetail> {
    return this.cases.detail(teamId, caseId);
  }

  @Put(CASE)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(caseDetailSchema) })
  @ApiForbiddenResponse({ description: 'Not the author', schema: errorBodyOpenApi })
  @ApiUnprocessableEntityResponse(privacyOrLinkRefusal)
  update(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('caseId', ParseIdPipe) caseId: string,
    @ValidBody(caseRequestSchema) request: CaseRequest,
  ): Promise<CaseDetail> {
    return this.cases.update(teamId, caseId, auth.userId, request);
  }

  @Post(`${CASE}/discussions`)
  @RequirePermission('team.member', 'teamId')
  @ApiCreatedResponse({ schema: openApiSchema(caseDetailSchema) })
  @ApiUnprocessableEntityResponse(privacyOrLinkRefusal)
  addDiscussion(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('caseId', ParseIdPipe) caseId: string,
    @ValidBody(caseDiscussionRequestSchema) request: z.output<typeof caseDiscussionRequestSchema>,
  ): Promise<CaseDetail> {
    return this.cases.addDiscussion(teamId, caseId, auth.userId, request);
  }
}
