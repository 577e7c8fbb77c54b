import { Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
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
  LoggedIn,
  Public,
  ValidBody,
  ValidQuery,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type Card,
  type CatalogueQuery,
  type ClosingTestAnswers,
  type ClosingTestResult,
  type ClosingTestView,
  type LearningTimeBeat,
  closingTestAnswersSchema,
  closingTestResultSchema,
  closingTestViewSchema,
  learningTimeBeatSchema,
  type CheckAnswerRequest,
  type CheckResult,
  type LessonCompletionResult,
  type LessonView,
  type ModuleDetail,
  type ModuleSummary,
  type MyLearning,
  type Portfolio,
  type ReflectionAnswer,
  type ReflectionAnswerRequest,
  type SelfAssessmentRequest,
  type SelfAssessmentResult,
  cardSchema,
  catalogueQuerySchema,
  checkAnswerRequestSchema,
  checkResultSchema,
  lessonCompletionSchema,
  lessonViewSchema,
  moduleDetailSchema,
  moduleSummarySchema,
  localeFromAcceptLanguage,
  myLearningSchema,
  portfolioSchema,
  practiceThemeNames,
  reflectionAnswerRequestSchema,
  reflectionAnswerSchema,
  selfAssessmentRequestSchema,
  selfAssessmentResultSchema,
} from '@leerruimte/shared-contracts';
import { CatalogueService } from './catalogue/catalogue.service';
import { ClosingTestService } from './closing-test/closing-test.service';
import { cardPdf } from './pdf/card-pdf';
import { portfolioPdf } from './pdf/portfolio-pdf';
import { ProgressService } from './progress/progress.service';

const notFound = { description: 'No such module, lesson or block', schema: errorBodyOpenApi };
const LESSON = 'learning/modules/:moduleSlug/lessons/:lessonSlug';

/** The catalogue, the lesson reader and the learner's own progress. Content is for everyone. */
@ApiTags('learning')
@Controller()
export class LearningController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly progress: ProgressService,
    private readonly closingTests: ClosingTestService,
  ) {}

  @Get('learning/modules')
  @LoggedIn()
  @ApiOkResponse({ schema: openApiSchema(z.array(moduleSummarySchema)) })
  modules(
    @Auth() auth: Authentication,
    @ValidQuery(catalogueQuerySchema, {
      q: { description: 'Words in title, summary, goals or lessons' },
      maxMinutes: { type: Number },
    })
    query: CatalogueQuery,
  ): Promise<ModuleSummary[]> {
    return this.catalogue.modules(auth.userId, query);
  }

  @Get('learning/modules/:moduleSlug')
  @LoggedIn()
  @ApiOkResponse({ schema: openApiSchema(moduleDetailSchema) })
  @ApiNotFoundResponse(notFound)
  module(
    @Auth() auth: Authentication,
    @Param('moduleSlug') moduleSlug: string,
  ): Promise<ModuleDetail> {
    return this.catalogue.module(auth.userId, moduleSlug);
  }

  @Get(LESSON)
  @LoggedIn()
  @ApiOkResponse({ schema: openApiSchema(lessonViewSchema) })
  @ApiNotFoundResponse(notFound)
  lesson(
    @Auth() auth: Authentication,
    @Param('moduleSlug') moduleSlug: string,
    @Param('lessonSlug') lessonSlug: string,
  ): Promise<LessonView> {
    return this.catalogue.lesson(auth.userId, moduleSlug, lessonSlug);
  }

  @Post(`${LESSON}/visit`)
  @LoggedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Started the module (once); continue here next time' })
  @ApiNotFoundResponse(notFound)
  visit(
    @Auth() auth: Authentication,
    @Param('moduleSlug') moduleSlug: string,
    @Param('lessonSlug') lessonSlug: string,
  ): Promise<void> {
    return this.progress.visit(auth.userId, moduleSlug, lessonSlug);
  }

  @Post(`${LESSON}/time`)
  @LoggedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description:
      'The reader is active: this half minute counts as learning time in this lesson (once per person, whatever the tab or device)',
  })
  @ApiNotFoundResponse(notFound)
  beat(
    @Auth() auth: Authentication,
    @Param('moduleSlug') moduleSlug: string,
    @Param('lessonSlug') lessonSlug: string,
    @ValidBody(learningTimeBeatSchema) request: LearningTimeBeat,
  ): Promise<void> {
    return this.progress.beat(auth.userId, moduleSlug, lessonSlug, request.visitId);
  }

  @Get('learning/modules/:moduleSlug/closing-test')
  @LoggedIn()
  @ApiOkResponse({ schema: openApiSchema(closingTestViewSchema) })
  @ApiNotFoundResponse({
    description: 'No such module, or it has no closing test',
    schema: errorBodyOpenApi,
  })
  closingTest(
    @Auth() auth: Authentication,
    @Param('moduleSlug') moduleSlug: string,
  ): Promise<ClosingTestView> {
    return this.closingTests.view(auth.userId, moduleSlug);
  }

  @Post('learning/modules/:moduleSlug/closing-test/attempts')
  @LoggedIn()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(closingTestResultSchema) })
  @ApiConflictResponse({
    description: 'Lessons still open, the wait after a failed try, or already passed',
    schema: errorBodyOpenApi,
  })
  @ApiUnprocessableEntityResponse({
    description: 'A question without an answer, or an answer that does not exist',
    schema: errorBodyOpenApi,
  })
  @ApiNotFoundResponse({
    description: 'No such module, or it has no closing test',
    schema: errorBodyOpenApi,
  })
  takeClosingTest(
    @Auth() auth: Authentication,
    @Param('moduleSlug') moduleSlug: string,
    @ValidBody(closingTestAnswersSchema) request: ClosingTestAnswers,
  ): Promise<ClosingTestResult> {
    return this.closingTests.submit(auth.userId, moduleSlug, request.answers);
  }

  @Put(`${LESSON}/reflections/:block`)
  @LoggedIn()
  @ApiOkResponse({
    description: 'Saved in your journal; only you can read it',
    schema: openApiSchema(reflectionAnswerSchema),
  })
  @ApiUnprocessableEntityResponse({
    description: 'The answer contains what could identify a client (and was not confirmed)',
    schema: errorBodyOpenApi,
  })
  @ApiNotFoundResponse(notFound)
  answerReflection(
    @Auth() auth: Authentication,
    @Param('moduleSlug') moduleSlug: string,
    @Param('lessonSlug') lessonSlug: string,
    @Param('block') block: string,
    @ValidBody(reflectionAnswerRequestSchema) request: ReflectionAnswerRequest,
  ): Promise<ReflectionAnswer> {
    return this.progress.answerReflection(auth.userId, moduleSlug, lessonSlug, block, request);
  }

  @Post(`${LESSON}/checks/:block`)
  @LoggedIn()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(checkResultSchema) })
  @ApiNotFoundResponse(notFound)
  answerCheck(
    @Auth() auth: Authentication,
    @Param('moduleSlug') moduleSlug: string,
    @Param('lessonSlug') lessonSlug: string,
    @Param('block') block: string,
    @ValidBody(checkAnswerRequestSchema) request: CheckAnswerRequest,
  ): Promise<CheckResult> {
    return this.progress.answerCheck(auth.userId, moduleSlug, lessonSlug, block, request.option);
  }

  @Post(`${LESSON}/self-assessments/:block`)
  @LoggedIn()
  @ApiCreatedResponse({
    description: 'Kept with the earlier results; only you can see them',
    schema: openApiSchema(selfAssessmentResultSchema),
  })
  @ApiNotFoundResponse(notFound)
  takeSelfAssessment(
    @Auth() auth: Authentication,
    @Param('moduleSlug') moduleSlug: string,
    @Param('lessonSlug') lessonSlug: string,
    @Param('block') block: string,
    @ValidBody(selfAssessmentRequestSchema) request: SelfAssessmentRequest,
  ): Promise<SelfAssessmentResult> {
    return this.progress.takeSelfAssessment(
      auth.userId,
      moduleSlug,
      lessonSlug,
      block,
      request.scores,
    );
  }

  @Post(`${LESSON}/complete`)
  @LoggedIn()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(lessonCompletionSchema) })
  @ApiConflictResponse({
    description: 'A knowledge check of the lesson is not answered correctly yet',
    schema: errorBodyOpenApi,
  })
  @ApiNotFoundResponse(notFound)
  complete(
    @Auth() auth: Authentication,
    @Param('moduleSlug') moduleSlug: string,
    @Param('lessonSlug') lessonSlug: string,
  ): Promise<LessonCompletionResult> {
    return this.progress.complete(auth.userId, moduleSlug, lessonSlug);
  }

  @Get('learning/me')
  @LoggedIn()
  @ApiOkResponse({ description: 'Mijn leren', schema: openApiSchema(myLearningSchema) })
  myLearning(@Auth() auth: Authentication): Promise<MyLearning> {
    return this.progress.myLearning(auth.userId);
  }

  @Get('learning/me/portfolio')
  @LoggedIn()
  @ApiOkResponse({ schema: openApiSchema(portfolioSchema) })
  portfolio(@Auth() auth: Authentication): Promise<Portfolio> {
    return this.progress.portfolio(auth.userId);
  }

  @Get('learning/me/portfolio/pdf')
  @LoggedIn()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The learning overview as a PDF, for re-registration' })
  async portfolioPdf(
    @Auth() auth: Authentication,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const portfolio = await this.progress.portfolio(auth.userId);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', 'attachment; filename="leerruimte-leeroverzicht.pdf"');
    return portfolioPdf(portfolio, localeFromAcceptLanguage(request.headers['accept-language']));
  }

  // Cards are meant to be printed and passed around, also to people without an account.
  @Get('cards')
  @Public()
  @ApiOkResponse({ schema: openApiSchema(z.array(cardSchema)) })
  cards(): Promise<Card[]> {
    return this.catalogue.cards();
  }

  @Get('cards/:cardSlug')
  @Public()
  @ApiOkResponse({ schema: openApiSchema(cardSchema) })
  @ApiNotFoundResponse(notFound)
  card(@Param('cardSlug') cardSlug: string): Promise<Card> {
    return this.catalogue.card(cardSlug);
  }

  @Get('cards/:cardSlug/pdf')
  @Public()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The card on A6, to print' })
  @ApiNotFoundResponse(notFound)
  async cardPdf(
    @Param('cardSlug') cardSlug: string,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const card = await this.catalogue.card(cardSlug);
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="kaartje-${card.slug}.pdf"`);
    return cardPdf(card, practiceThemeNames[locale][card.theme], locale);
  }
}
