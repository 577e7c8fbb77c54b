import {
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  Auth,
  type AuthenticatedRequest,
  type Authentication,
  ParseIdPipe,
  RequirePermission,
  ValidBody,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type CreateTeamCardRequest,
  type TeamCard,
  createTeamCardRequestSchema,
  localeFromAcceptLanguage,
  practiceThemeNames,
  teamCardSchema,
} from '@leerruimte/shared-contracts';
import { cardPdf } from '../pdf/card-pdf';
import { TeamCards } from './team-cards';

const notFound = { description: 'No such card in this team', schema: errorBodyOpenApi };

/** The team's own denk- en doekaartjes, for its members only. */
@ApiTags('learning')
@Controller()
export class TeamCardsController {
  constructor(private readonly cards: TeamCards) {}

  @Get('teams/:teamId/cards')
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(z.array(teamCardSchema)) })
  list(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Auth() auth: Authentication,
  ): Promise<TeamCard[]> {
    return this.cards.list(teamId, auth.userId);
  }

  @Post('teams/:teamId/cards')
  @RequirePermission('team.member', 'teamId')
  @ApiCreatedResponse({
    description: 'Proposed: the team sees it once the team lead approved it',
    schema: openApiSchema(teamCardSchema),
  })
  @ApiUnprocessableEntityResponse({
    description: 'A text could identify a client (and was not confirmed)',
    schema: errorBodyOpenApi,
  })
  create(
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidBody(createTeamCardRequestSchema) request: CreateTeamCardRequest,
    @Auth() auth: Authentication,
  ): Promise<TeamCard> {
    return this.cards.create(teamId, auth.userId, request);
  }

  @Post('teams/:teamId/cards/:cardId/approve')
  @RequirePermission('team.member', 'teamId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(teamCardSchema) })
  @ApiForbiddenResponse({ description: 'Only the team lead approves', schema: errorBodyOpenApi })
  @ApiNotFoundResponse(notFound)
  approve(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('cardId', ParseIdPipe) cardId: string,
    @Auth() auth: Authentication,
  ): Promise<TeamCard> {
    return this.cards.approve(teamId, cardId, auth.userId);
  }

  @Delete('teams/:teamId/cards/:cardId')
  @RequirePermission('team.member', 'teamId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiForbiddenResponse({
    description: 'Only the lead removes an approved card',
    schema: errorBodyOpenApi,
  })
  @ApiNotFoundResponse(notFound)
  remove(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('cardId', ParseIdPipe) cardId: string,
    @Auth() auth: Authentication,
  ): Promise<void> {
    return this.cards.remove(teamId, cardId, auth.userId);
  }

  @Get('teams/:teamId/cards/:cardId/pdf')
  @RequirePermission('team.member', 'teamId')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The approved card on A6, to print and share' })
  @ApiNotFoundResponse(notFound)
  async pdf(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('cardId', ParseIdPipe) cardId: string,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const card = await this.cards.approved(teamId, cardId);
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="kaartje-${card.slug}.pdf"`);
    return cardPdf(card, practiceThemeNames[locale][card.theme], locale);
  }
}
