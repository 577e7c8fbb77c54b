import {
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Req,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { z } from 'zod';
import {
  Auth,
  type AuthenticatedRequest,
  type Authentication,
  DelegatedAccessName,
  ParseIdPipe,
  RequirePermission,
  ValidBody,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type AttendanceRequest,
  type CheckInDisplay,
  type CheckInRequest,
  type EnrolMemberRequest,
  type SessionEvaluationRequest,
  type SessionEvaluationResult,
  type SessionCapacityRequest,
  type SessionRegister,
  type Training,
  type TrainerGuide,
  type TrainingTemplate,
  attendanceRequestSchema,
  checkInDisplaySchema,
  checkInRequestSchema,
  enrolMemberRequestSchema,
  planTrainingRequestSchema,
  sessionCapacityRequestSchema,
  sessionChangeRequestSchema,
  sessionEvaluationRequestSchema,
  sessionEvaluationResultSchema,
  sessionRegisterSchema,
  trainerGuideSchema,
  trainingSchema,
  trainingTemplateSchema,
} from '@leerruimte/shared-contracts';
import { AttendanceService } from './attendance/attendance.service';
import { CheckInService } from './check-in/check-in.service';
import { EnrolmentsService } from './enrolment/enrolments.service';
import { EvaluationsService } from './evaluation/evaluations.service';
import { TrainingsService } from './planning/trainings.service';
import { TrainingTemplates } from './templates/training-templates';

const TRAININGS = 'teams/:teamId/trainings';
const TEMPLATES = 'teams/:teamId/training-templates';
/** The lead, or who gives the session's training with an account. */
const trainer = { orDelegate: DelegatedAccessName.TrainingTrainer };
const SESSION = 'teams/:teamId/training-sessions/:sessionId';
const closed = { description: 'Started, or past the cancel deadline', schema: errorBodyOpenApi };
const checkInClosed = {
  description: 'Not during the session (from 30 minutes before), or called off',
  schema: errorBodyOpenApi,
};

/**
 * Trainings of a team: its lead plans them and keeps the register; its members enrol, wait
 * their turn, and cancel.
 */
@ApiTags('trainings')
@Controller()
export class TrainingsController {
  constructor(
    private readonly trainings: TrainingsService,
    private readonly enrolments: EnrolmentsService,
    private readonly attendance: AttendanceService,
    private readonly evaluations: EvaluationsService,
    private readonly checkIns: CheckInService,
    private readonly templates: TrainingTemplates,
  ) {}

  @Get(TEMPLATES)
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(z.array(trainingTemplateSchema)) })
  listTemplates(@Param('teamId', ParseIdPipe) _teamId: string): Promise<TrainingTemplate[]> {
    return this.templates.list();
  }

  @Get(`${TEMPLATES}/:templateSlug/guides/:guideSlug`)
  @RequirePermission('team.lead', 'teamId', {
    orDelegate: DelegatedAccessName.TemplateTrainer,
  })
  @ApiOkResponse({ schema: openApiSchema(trainerGuideSchema) })
  guide(
    @Param('teamId', ParseIdPipe) _teamId: string,
    @Param('templateSlug') templateSlug: string,
    @Param('guideSlug') guideSlug: string,
  ): Promise<TrainerGuide> {
    return this.templates.guide(templateSlug, guideSlug);
  }

  @Get(TRAININGS)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(z.array(trainingSchema)) })
  list(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
  ): Promise<Training[]> {
    return this.trainings.list(teamId, auth.userId);
  }

  @Post(TRAININGS)
  @RequirePermission('team.lead', 'teamId')
  @ApiCreatedResponse({ schema: openApiSchema(trainingSchema) })
  plan(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidBody(planTrainingRequestSchema) request: z.output<typeof planTrainingRequestSchema>,
  ): Promise<Training> {
    return this.trainings.plan(teamId, auth.userId, request);
  }

  @Get(`${TRAININGS}/:trainingId`)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(trainingSchema) })
  detail(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('trainingId', ParseIdPipe) trainingId: string,
  ): Promise<Training> {
    return this.trainings.detail(teamId, trainingId, auth.userId);
  }

  @Post(`${SESSION}/enrolment`)
  @RequirePermission('team.member', 'teamId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(trainingSchema) })
  @ApiConflictResponse(closed)
  async enrol(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<Training> {
    await this.enrolments.enrol(teamId, sessionId, auth.userId, auth.userId);
    return this.trainings.ofSession(teamId, sessionId, auth.userId);
  }

  @Delete(`${SESSION}/enrolment`)
  @RequirePermission('team.member', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(trainingSchema) })
  @ApiConflictResponse(closed)
  async cancel(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<Training> {
    await this.enrolments.cancel(teamId, sessionId, auth.userId, auth.userId);
    return this.trainings.ofSession(teamId, sessionId, auth.userId);
  }

  @Post(`${SESSION}/check-in`)
  @RequirePermission('team.member', 'teamId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(trainingSchema) })
  @ApiConflictResponse(checkInClosed)
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes', schema: errorBodyOpenApi })
  async checkIn(
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @ValidBody(checkInRequestSchema) request: CheckInRequest,
  ): Promise<Training> {
    await this.checkIns.checkIn(
      teamId,
      sessionId,
      { userId: auth.userId, ip: http.ip },
      request.code,
    );
    return this.trainings.ofSession(teamId, sessionId, auth.userId);
  }

  @Get(`${SESSION}/check-in-code`)
  @RequirePermission('team.lead', 'teamId', trainer)
  @ApiOkResponse({ schema: openApiSchema(checkInDisplaySchema) })
  @ApiConflictResponse(checkInClosed)
  checkInCode(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<CheckInDisplay> {
    return this.checkIns.display(teamId, sessionId);
  }

  @Post(`${SESSION}/evaluation`)
  @RequirePermission('team.member', 'teamId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(trainingSchema) })
  @ApiConflictResponse({
    description: 'Attendance not registered, or evaluated already',
    schema: errorBodyOpenApi,
  })
  async evaluate(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @ValidBody(sessionEvaluationRequestSchema) request: SessionEvaluationRequest,
  ): Promise<Training> {
    await this.evaluations.submit(teamId, sessionId, auth.userId, request);
    return this.trainings.ofSession(teamId, sessionId, auth.userId);
  }

  @Get(`${SESSION}/evaluation`)
  @RequirePermission('team.lead', 'teamId', trainer)
  @ApiOkResponse({ schema: openApiSchema(sessionEvaluationResultSchema) })
  evaluation(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<SessionEvaluationResult> {
    return this.evaluations.results(teamId, sessionId);
  }

  @Get(`${SESSION}/register`)
  @RequirePermission('team.lead', 'teamId', trainer)
  @ApiOkResponse({ schema: openApiSchema(sessionRegisterSchema) })
  register(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<SessionRegister> {
    return this.attendance.register(teamId, sessionId, auth.userId);
  }

  @Post(`${SESSION}/enrolments`)
  @RequirePermission('team.lead', 'teamId')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ schema: openApiSchema(sessionRegisterSchema) })
  @ApiConflictResponse(closed)
  async enrolMember(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @ValidBody(enrolMemberRequestSchema) request: EnrolMemberRequest,
  ): Promise<SessionRegister> {
    await this.enrolments.enrol(teamId, sessionId, request.userId, auth.userId, { asLead: true });
    return this.attendance.register(teamId, sessionId, auth.userId);
  }

  @Delete(`${SESSION}/enrolments/:userId`)
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(sessionRegisterSchema) })
  @ApiConflictResponse(closed)
  async cancelMember(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Param('userId', ParseIdPipe) userId: string,
  ): Promise<SessionRegister> {
    await this.enrolments.cancel(teamId, sessionId, userId, auth.userId, { asLead: true });
    return this.attendance.register(teamId, sessionId, auth.userId);
  }

  @Put(SESSION)
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(sessionRegisterSchema) })
  @ApiConflictResponse({ description: 'Started already', schema: errorBodyOpenApi })
  async changeSession(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @ValidBody(sessionChangeRequestSchema) request: z.output<typeof sessionChangeRequestSchema>,
  ): Promise<SessionRegister> {
    await this.enrolments.change(teamId, sessionId, request);
    return this.attendance.register(teamId, sessionId, auth.userId);
  }

  @Post(`${SESSION}/call-off`)
  @HttpCode(HttpStatus.OK)
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(sessionRegisterSchema) })
  @ApiConflictResponse({ description: 'Started, or called off already', schema: errorBodyOpenApi })
  async callOff(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<SessionRegister> {
    await this.enrolments.callOff(teamId, sessionId, auth.userId);
    return this.attendance.register(teamId, sessionId, auth.userId);
  }

  @Put(`${SESSION}/capacity`)
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(sessionRegisterSchema) })
  async setCapacity(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @ValidBody(sessionCapacityRequestSchema) request: SessionCapacityRequest,
  ): Promise<SessionRegister> {
    await this.enrolments.setCapacity(teamId, sessionId, request.capacity);
    return this.attendance.register(teamId, sessionId, auth.userId);
  }

  @Post(`${SESSION}/register/lock`)
  @HttpCode(HttpStatus.OK)
  @RequirePermission('team.lead', 'teamId', trainer)
  @ApiOkResponse({ schema: openApiSchema(sessionRegisterSchema) })
  @ApiConflictResponse({
    description: 'Not started, called off, or someone with a place is still unmarked',
    schema: errorBodyOpenApi,
  })
  lockRegister(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<SessionRegister> {
    return this.attendance.lock(teamId, sessionId, auth.userId);
  }

  @Put(`${SESSION}/attendance`)
  @RequirePermission('team.lead', 'teamId', trainer)
  @ApiOkResponse({ schema: openApiSchema(sessionRegisterSchema) })
  @ApiConflictResponse({
    description: 'Not started yet, or the register is closed',
    schema: errorBodyOpenApi,
  })
  recordAttendance(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @ValidBody(attendanceRequestSchema) request: AttendanceRequest,
  ): Promise<SessionRegister> {
    return this.attendance.record(teamId, sessionId, request, auth.userId);
  }
}
