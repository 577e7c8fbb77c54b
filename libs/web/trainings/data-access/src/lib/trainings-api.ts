import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AttendanceRequest,
  CheckInDisplay,
  OrganisationTraining,
  PlanOrganisationTrainingRequest,
  PlanTrainingRequest,
  SessionChangeRequest,
  SessionEvaluationRequest,
  SessionEvaluationResult,
  SessionRegister,
  TrainerGuide,
  Training,
  TrainingTemplate,
} from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import {
  organisationTrainingsControllerList,
  organisationTrainingsControllerListTemplates,
  organisationTrainingsControllerPlan,
  trainingsControllerCallOff,
  trainingsControllerCancel,
  trainingsControllerCancelMember,
  trainingsControllerChangeSession,
  trainingsControllerCheckIn,
  trainingsControllerCheckInCode,
  trainingsControllerDetail,
  trainingsControllerEnrol,
  trainingsControllerEnrolMember,
  trainingsControllerEvaluate,
  trainingsControllerEvaluation,
  trainingsControllerGuide,
  trainingsControllerList,
  trainingsControllerListTemplates,
  trainingsControllerLockRegister,
  trainingsControllerPlan,
  trainingsControllerRecordAttendance,
  trainingsControllerRegister,
  trainingsControllerSetCapacity,
} from '@leerruimte/web-shared-api-client/trainings';

/** A team's trainings, through the generated client. */
@Injectable({ providedIn: 'root' })
export class TrainingsApi {
  private readonly api = inject(ApiClient);

  list(teamId: string): Observable<Training[]> {
    return this.api.invoke(trainingsControllerList, { teamId });
  }

  detail(teamId: string, trainingId: string): Observable<Training> {
    return this.api.invoke(trainingsControllerDetail, { teamId, trainingId });
  }

  /** The trainings from the sources a lead can plan from. */
  templates(teamId: string): Observable<TrainingTemplate[]> {
    return this.api.invoke(trainingsControllerListTemplates, { teamId });
  }

  guide(teamId: string, templateSlug: string, guideSlug: string): Observable<TrainerGuide> {
    return this.api.invoke(trainingsControllerGuide, { teamId, templateSlug, guideSlug });
  }

  plan(teamId: string, request: PlanTrainingRequest): Observable<Training> {
    return this.api.invoke(trainingsControllerPlan, { teamId, body: request });
  }

  /** An organisation's trainings for several teams, with the places per team. */
  organisationTrainings(organisationId: string): Observable<OrganisationTraining[]> {
    return this.api.invoke(organisationTrainingsControllerList, { organisationId });
  }

  organisationTemplates(organisationId: string): Observable<TrainingTemplate[]> {
    return this.api.invoke(organisationTrainingsControllerListTemplates, { organisationId });
  }

  planForTeams(
    organisationId: string,
    request: PlanOrganisationTrainingRequest,
  ): Observable<OrganisationTraining> {
    return this.api.invoke(organisationTrainingsControllerPlan, { organisationId, body: request });
  }

  enrol(teamId: string, sessionId: string): Observable<Training> {
    return this.api.invoke(trainingsControllerEnrol, { teamId, sessionId });
  }

  /** The lead calls a session off: everyone's place ends and they are told. */
  callOff(teamId: string, sessionId: string): Observable<SessionRegister> {
    return this.api.invoke(trainingsControllerCallOff, { teamId, sessionId });
  }

  cancel(teamId: string, sessionId: string): Observable<Training> {
    return this.api.invoke(trainingsControllerCancel, { teamId, sessionId });
  }

  /** The logged-in participant checks in with the code shown in the room (or its QR link). */
  checkIn(teamId: string, sessionId: string, code: string): Observable<Training> {
    return this.api.invoke(trainingsControllerCheckIn, { teamId, sessionId, body: { code } });
  }

  /** For the team lead's screen in the room: this minute's check-in code and QR code. */
  checkInCode(teamId: string, sessionId: string): Observable<CheckInDisplay> {
    return this.api.invoke(trainingsControllerCheckInCode, { teamId, sessionId });
  }

  /** A participant's anonymous evaluation of a session they attended. */
  evaluate(
    teamId: string,
    sessionId: string,
    request: SessionEvaluationRequest,
  ): Observable<Training> {
    return this.api.invoke(trainingsControllerEvaluate, { teamId, sessionId, body: request });
  }

  /** For the team lead: how many evaluated, and the averages once there are enough. */
  evaluation(teamId: string, sessionId: string): Observable<SessionEvaluationResult> {
    return this.api.invoke(trainingsControllerEvaluation, { teamId, sessionId });
  }

  register(teamId: string, sessionId: string): Observable<SessionRegister> {
    return this.api.invoke(trainingsControllerRegister, { teamId, sessionId });
  }

  enrolMember(teamId: string, sessionId: string, userId: string): Observable<SessionRegister> {
    return this.api.invoke(trainingsControllerEnrolMember, {
      teamId,
      sessionId,
      body: { userId },
    });
  }

  cancelMember(teamId: string, sessionId: string, userId: string): Observable<SessionRegister> {
    return this.api.invoke(trainingsControllerCancelMember, { teamId, sessionId, userId });
  }

  changeSession(
    teamId: string,
    sessionId: string,
    request: SessionChangeRequest,
  ): Observable<SessionRegister> {
    return this.api.invoke(trainingsControllerChangeSession, { teamId, sessionId, body: request });
  }

  setCapacity(teamId: string, sessionId: string, capacity: number): Observable<SessionRegister> {
    return this.api.invoke(trainingsControllerSetCapacity, {
      teamId,
      sessionId,
      body: { capacity },
    });
  }

  /** Closes the register: the attendance it holds, and so the hours, are final. */
  lockRegister(teamId: string, sessionId: string): Observable<SessionRegister> {
    return this.api.invoke(trainingsControllerLockRegister, { teamId, sessionId });
  }

  recordAttendance(
    teamId: string,
    sessionId: string,
    request: AttendanceRequest,
  ): Observable<SessionRegister> {
    return this.api.invoke(trainingsControllerRecordAttendance, {
      teamId,
      sessionId,
      body: request,
    });
  }
}
