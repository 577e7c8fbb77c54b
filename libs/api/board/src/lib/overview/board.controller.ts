import { Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
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
  ValidQuery,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type Board,
  type BoardExportFilter,
  type BoardSettings,
  type HideItemRequest,
  type Learning,
  type LearningFilter,
  boardExportFilterSchema,
  boardSchema,
  boardSettingsSchema,
  hideItemRequestSchema,
  learningFilterSchema,
  learningSchema,
  localeFromAcceptLanguage,
} from '@leerruimte/shared-contracts';
import { boardMarkdown, boardPdf } from './board-export';
import { BoardService } from './board.service';

/** The team's board as a whole: overview, history, export, settings and moderation. */
@ApiTags('board')
@Controller()
export class BoardController {
  constructor(private readonly boards: BoardService) {}

  @Get('teams/:teamId/board')
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(boardSchema) })
  board(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
  ): Promise<Board> {
    return this.boards.board(teamId, auth.userId);
  }

  @Put('teams/:teamId/board/settings')
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(boardSettingsSchema) })
  updateSettings(
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidBody(boardSettingsSchema) settings: BoardSettings,
  ): Promise<BoardSettings> {
    return this.boards.updateSettings(teamId, settings);
  }

  @Get('teams/:teamId/learnings')
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(z.array(learningSchema)) })
  learnings(
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidQuery(learningFilterSchema, {
      q: { description: 'Words in the title or what was learned' },
    })
    filter: LearningFilter,
  ): Promise<Learning[]> {
    return this.boards.learnings(teamId, filter);
  }

  @Get('teams/:teamId/board/export')
  @RequirePermission('team.member', 'teamId')
  @ApiProduces('text/markdown', 'application/pdf')
  @ApiOkResponse({ description: 'The board as a summary for a team meeting' })
  async export(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidQuery(boardExportFilterSchema) filter: BoardExportFilter,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    const summary = await this.boards.summary(teamId, auth.userId, filter.theme);
    const name = `leerbord-${summary.date}.${filter.format}`;
    void reply.header('content-disposition', `attachment; filename="${name}"`);
    if (filter.format === 'md') {
      void reply.header('content-type', 'text/markdown; charset=utf-8');
      return boardMarkdown(summary, locale);
    }
    void reply.header('content-type', 'application/pdf');
    return boardPdf(summary, locale);
  }

  @Post('teams/:teamId/board/hidden-items')
  @RequirePermission('team.lead', 'teamId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Hidden; the reason is in the audit log' })
  @ApiConflictResponse({ description: 'Hidden already', schema: errorBodyOpenApi })
  hide(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidBody(hideItemRequestSchema) request: HideItemRequest,
  ): Promise<void> {
    return this.boards.hide(teamId, auth.userId, request);
  }
}
