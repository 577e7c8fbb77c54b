import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MomentSubjectRegistry } from '@leerruimte/api-core';
import { AuditLog, identityDataEntities } from '@leerruimte/api-identity-data';
import { NotificationsModule } from '@leerruimte/api-notifications';
import { AttendanceService } from './attendance/attendance.service';
import { TrainerAccess } from './attendance/trainer-access';
import { CheckInService } from './check-in/check-in.service';
import { TrainingsSeeder } from './demo/trainings.seeder';
import { TrainingEnrolment, TrainingEnrolmentEvent } from './enrolment/enrolment.entities';
import { EnrolmentsService } from './enrolment/enrolments.service';
import { TrainingEvaluation } from './evaluation/evaluation.entities';
import { EvaluationsService } from './evaluation/evaluations.service';
import { TrainingFollowUpQuestions } from './follow-up/training-follow-up-questions';
import { SessionInvitations } from './invitations/session-invitations';
import { TrainingsPersonalData } from './personal-data/trainings-personal-data';
import { TrainingsLeerverslag } from './leerverslag/trainings-leerverslag';
import { Training, TrainingSession, TrainingTrainer } from './planning/training.entities';
import { TrainingFollowUps } from './reminders/training-follow-ups';
import { TrainingsAgenda } from './planning/trainings-agenda';
import { TrainingsService } from './planning/trainings.service';
import { TrainingTemplate } from './templates/training-template.entity';
import { TrainingTemplates } from './templates/training-templates';
import { OrganisationTrainingsController } from './organisation-trainings.controller';
import { OrganisationTrainings } from './planning/organisation-trainings';
import { TrainingsController } from './trainings.controller';

export const trainingsEntities = [
  Training,
  TrainingSession,
  TrainingTrainer,
  TrainingEnrolment,
  TrainingEnrolmentEvent,
  TrainingEvaluation,
  TrainingTemplate,
];

/** Trainings, workshops and course days a team plans, enrols in and attends. */
@Module({
  imports: [
    DiscoveryModule,
    NotificationsModule,
    TypeOrmModule.forFeature([...trainingsEntities, ...identityDataEntities]),
  ],
  controllers: [OrganisationTrainingsController, TrainingsController],
  providers: [
    AttendanceService,
    AuditLog,
    CheckInService,
    EnrolmentsService,
    EvaluationsService,
    MomentSubjectRegistry,
    OrganisationTrainings,
    TrainingFollowUpQuestions,
    SessionInvitations,
    TrainerAccess,
    TrainingsAgenda,
    TrainingsLeerverslag,
    TrainingsPersonalData,
    TrainingsSeeder,
    TrainingsService,
    TrainingTemplates,
  ],
})
export class TrainingsFeatureModule {}

/**
 * The worker's part: the reminders the day before a session, closing registers after, and the
 * follow-up question that reflection asks for.
 */
@Module({
  imports: [TypeOrmModule.forFeature([...trainingsEntities, ...identityDataEntities])],
  providers: [TrainingFollowUps, TrainingFollowUpQuestions],
})
export class TrainingsWorkerModule {}
