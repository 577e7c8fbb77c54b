import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
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
  type AgendaRequest,
  type CreateWhyQuestionRequest,
  type DiscussedRequest,
  type UpdateWhyQuestionRequest,
  type WhyAnswerRequest,
  type WhyQuestionDetail,
  type WhyQuestionFilter,
  type WhyQuestionSummary,
  agendaRequestSchema,
  createWhyQuestionRequestSchema,
  discussedRequestSchema,
  updateWhyQuestionRequestSchema,
  whyAnswerRequestSchema,
  whyQuestionDetailSchema,
  whyQuestionFilterSchema,
  whyQuestionSummarySchema,
} from '@leerruimte/shared-contracts';
import { WhyQuestionsService } from './why-questions.service';
import { privacyOrLinkRefusal } from '../shared/board-openapi';

const QUESTIONS = 'teams/:teamId/why-questions';
const QUESTION = `${QUESTIONS}/:questionId`;

/** Waarom-vragen: for the members of the team only. */
@ApiTags('board')
@Controller()
export class WhyQuestionsController {
  constructor(private readonly questions: WhyQuestionsService) {}

  @Get(QUESTIONS)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(z.array(whyQuestionSummarySchema)) })
  list(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidQuery(whyQuestionFilterSchema) filter: WhyQuestionFilter,
  ): Promise<WhyQuestionSummary[]> {
    return this.questions.list(teamId, auth.userId, filter);
  }

  @Post(QUESTIONS)
  @RequirePermission('team.member', 'teamId')
  @ApiCreatedResponse({ schema: openApiSchema(whyQuestionDetailSchema) })
  @ApiUnprocessableEntityResponse(privacyOrLinkRefusal)
  create(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidBody(createWhyQuestionRequestSchema) request: CreateWhyQuestionRequest,
  ): Promise<WhyQuestionDetail> {
    return this.questions.create(teamId, auth.userId, request);
  }

  @Get(QUESTION)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(whyQuestionDetailSchema) })
  detail(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('questionId', ParseIdPipe) questionId: string,
  ): Promise<WhyQuestionDetail> {
    return this.questions.detail(teamId, questionId, auth.userId);
  }

  @Put(QUESTION)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(whyQuestionDetailSchema) })
  @ApiForbiddenResponse({ description: 'Not the author', schema: errorBodyOpenApi })
  @ApiUnprocessableEntityResponse(privacyOrLinkRefusal)
  update(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('questionId', ParseIdPipe) questionId: string,
    @ValidBody(updateWhyQuestionRequestSchema) request: UpdateWhyQuestionRequest,
  ): Promise<WhyQuestionDetail> {
    return this.questions.update(teamId, questionId, auth.userId, request);
  }

  @Post(`${QUESTION}/answers`)
  @RequirePermission('team.member', 'teamId')
  @ApiCreatedResponse({ schema: openApiSchema(whyQuestionDetailSchema) })
  @ApiUnprocessableEntityResponse(privacyOrLinkRefusal)
  answer(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('questionId', ParseIdPipe) questionId: string,
    @ValidBody(whyAnswerRequestSchema) request: WhyAnswerRequest,
  ): Promise<WhyQuestionDetail> {
    return this.questions.answer(teamId, questionId, auth.userId, request);
  }

  @Put(`${QUESTION}/vote`)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({
    description: 'One vote per member',
    schema: openApiSchema(whyQuestionDetailSchema),
  })
  vote(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('questionId', ParseIdPipe) questionId: string,
  ): Promise<WhyQuestionDetail> {
    return this.questions.vote(teamId, questionId, auth.userId, true);
  }

  @Delete(`${QUESTION}/vote`)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(whyQuestionDetailSchema) })
  withdrawVote(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('questionId', ParseIdPipe) questionId: string,
  ): Promise<WhyQuestionDetail> {
    return this.questions.vote(teamId, questionId, auth.userId, false);
  }

  @Put(`${QUESTION}/agenda`)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(whyQuestionDetailSchema) })
  @ApiForbiddenResponse({ description: 'The team lead plans the agenda', schema: errorBodyOpenApi })
  @ApiConflictResponse({ description: 'Discussed already', schema: errorBodyOpenApi })
  agenda(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('questionId', ParseIdPipe) questionId: string,
    @ValidBody(agendaRequestSchema) request: AgendaRequest,
  ): Promise<WhyQuestionDetail> {
    return this.questions.setOnAgenda(teamId, questionId, auth.userId, request.onAgenda);
  }

  @Post(`${QUESTION}/discussed`)
  @RequirePermission('team.member', 'teamId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(whyQuestionDetailSchema) })
  @ApiForbiddenResponse({ description: 'The team lead plans the agenda', schema: errorBodyOpenApi })
  @ApiConflictResponse({ description: 'Discussed already', schema: errorBodyOpenApi })
  @ApiUnprocessableEntityResponse(privacyOrLinkRefusal)
  discussed(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('questionId', ParseIdPipe) questionId: string,
    @ValidBody(discussedRequestSchema) request: DiscussedRequest,
  ): Promise<WhyQuestionDetail> {
    return this.questions.markDiscussed(
      teamId,
      questionId,
      auth.userId,
      request.conclusion,
      request.confirmedNotClientData,
    );
  }
}
