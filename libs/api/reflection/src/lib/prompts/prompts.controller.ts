import { Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { z } from 'zod';
import {
  Auth,
  type Authentication,
  LoggedIn,
  ParseIdPipe,
  RequirePermission,
  ValidBody,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type OccurrenceReport,
  type Prompt,
  type PromptAnswerRequest,
  type PulseAnswerRequest,
  occurrenceReportSchema,
  promptAnswerRequestSchema,
  promptSchema,
  pulseAnswerRequestSchema,
} from '@leerruimte/shared-contracts';
import { PromptsService } from './prompts.service';

@ApiTags('reflection')
@Controller()
export class PromptsController {
  constructor(private readonly prompts: PromptsService) {}

  @Get('reflection/prompts')
  @LoggedIn()
  @ApiOkResponse({ schema: openApiSchema(z.array(promptSchema)) })
  mine(@Auth() auth: Authentication): Promise<Prompt[]> {
    return this.prompts.mine(auth.userId);
  }

  @Put('reflection/prompts/:occurrenceId/answer')
  @LoggedIn()
  @ApiOkResponse({
    description: 'Saved; private unless shared with the team',
    schema: openApiSchema(promptSchema),
  })
  @ApiConflictResponse({ description: 'The prompt has closed', schema: errorBodyOpenApi })
  @ApiUnprocessableEntityResponse({
    description: 'The answer contains what could identify a client (and was not confirmed)',
    schema: errorBodyOpenApi,
  })
  answer(
    @Auth() auth: Authentication,
    @Param('occurrenceId', ParseIdPipe) occurrenceId: string,
    @ValidBody(promptAnswerRequestSchema) request: PromptAnswerRequest,
  ): Promise<Prompt> {
    return this.prompts.answer(auth.userId, occurrenceId, request);
  }

  @Put('reflection/prompts/:occurrenceId/pulse')
  @LoggedIn()
  @ApiOkResponse({
    description: 'Counted anonymously: the scores are kept without the person',
    schema: openApiSchema(promptSchema),
  })
  @ApiConflictResponse({
    description: 'Closed, answered already, or not a pulse',
    schema: errorBodyOpenApi,
  })
  answerPulse(
    @Auth() auth: Authentication,
    @Param('occurrenceId', ParseIdPipe) occurrenceId: string,
    @ValidBody(pulseAnswerRequestSchema) request: PulseAnswerRequest,
  ): Promise<Prompt> {
    return this.prompts.answerPulse(auth.userId, occurrenceId, request);
  }

  @Get('teams/:teamId/reflection-moments/:momentId/occurrences')
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({
    description: 'Who was asked, the response rate and the shared answers; never private ones',
    schema: openApiSchema(z.array(occurrenceReportSchema)),
  })
  report(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('momentId', ParseIdPipe) momentId: string,
  ): Promise<OccurrenceReport[]> {
    return this.prompts.report(teamId, momentId);
  }
}
