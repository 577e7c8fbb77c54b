import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LeerverslagSourceRegistry } from '@leerruimte/api-core';
import { AuditLog, identityDataEntities } from '@leerruimte/api-identity-data';
import { NotificationsModule } from '@leerruimte/api-notifications';
import {
  AssignmentReminder,
  ModuleAssignment,
  ModuleAssignmentMember,
} from './assignments/assignment.entities';
import { AssignmentsController } from './assignments/assignments.controller';
import { AssignmentsService } from './assignments/assignments.service';
import { AssignmentDueReminders } from './assignments/reminders/assignment-due-reminders';
import { Card, LearningModule, Lesson } from './catalogue/catalogue.entities';
import { CatalogueService } from './catalogue/catalogue.service';
import { ModuleListCache } from './catalogue/module-list-cache';
import { ContentImporter } from './content/content-importer';
import { AgendaDueDateSeeder } from './demo/agenda-due-date.seeder';
import { AssignmentsSeeder } from './demo/assignments.seeder';
import { LearningSeeder } from './demo/learning.seeder';
import { LearningController } from './learning.controller';
import {
  CheckAnswer,
  ClosingTestAttempt,
  JournalEntry,
  LearningTimeSlot,
  LessonCompletion,
  ModuleEnrolment,
  SelfAssessmentResult,
} from './progress/progress.entities';
import { Certificate, ModuleAccreditation } from './certificates/certificate.entity';
import { CertificatePdfMaker, Certificates } from './certificates/certificates';
import { CertificatesController } from './certificates/certificates.controller';
import { OrganisationLearning } from './certificates/organisation-learning';
import { LeerverslagBuilder } from './leerverslag/leerverslag';
import { TeamCard } from './cards/team-card.entity';
import { TeamCards } from './cards/team-cards';
import { TeamCardsController } from './cards/team-cards.controller';
import { ClosingTestService } from './closing-test/closing-test.service';
import { ModuleCompletion } from './progress/module-completion';
import { LearningPersonalData } from './progress/learning-personal-data';
import { ProgressService } from './progress/progress.service';
import { LearningSearch } from './search/learning-search';
import { LearningAgenda } from './today/learning-agenda';
import { LearningToday } from './today/learning-today';
import { XapiStatement } from './xapi/xapi-statement.entity';
import { XapiStatements } from './xapi/xapi';
import { LearningMomentSubjects } from './reflection/learning-moment-subjects';
import { LearningNewsSeeder } from './demo/learning-news.seeder';
import { TeamCardsSeeder } from './demo/team-cards.seeder';
import { WerkbegeleidingController } from './werkbegeleiding/werkbegeleiding.controller';
import { WerkbegeleidingMeeting } from './werkbegeleiding/werkbegeleiding.entity';
import { WerkbegeleidingLog } from './werkbegeleiding/werkbegeleiding-log';
import { WerkbegeleidingSeeder } from './werkbegeleiding/werkbegeleiding.seeder';

export const learningEntities = [
  LearningModule,
  Lesson,
  Card,
  ModuleEnrolment,
  LessonCompletion,
  JournalEntry,
  CheckAnswer,
  SelfAssessmentResult,
  ModuleAssignment,
  ModuleAssignmentMember,
  AssignmentReminder,
  XapiStatement,
  LearningTimeSlot,
  ClosingTestAttempt,
  Certificate,
  ModuleAccreditation,
  TeamCard,
  WerkbegeleidingMeeting,
];

/**
 * Learning modules and cards from content/, the lesson reader, learners' progress, and team
 * leaders' assignments.
 */
@Module({
  imports: [
    DiscoveryModule,
    NotificationsModule,
    TypeOrmModule.forFeature([...learningEntities, ...identityDataEntities]),
  ],
  controllers: [
    LearningController,
    AssignmentsController,
    CertificatesController,
    TeamCardsController,
    WerkbegeleidingController,
  ],
  providers: [
    AgendaDueDateSeeder,
    AssignmentsSeeder,
    AssignmentsService,
    AuditLog,
    CatalogueService,
    ModuleListCache,
    Certificates,
    ClosingTestService,
    ModuleCompletion,
    ContentImporter,
    LearningAgenda,
    LearningNewsSeeder,
    LeerverslagBuilder,
    LeerverslagSourceRegistry,
    LearningMomentSubjects,
    LearningPersonalData,
    LearningSearch,
    LearningSeeder,
    LearningToday,
    OrganisationLearning,
    ProgressService,
    TeamCards,
    TeamCardsSeeder,
    WerkbegeleidingLog,
    WerkbegeleidingSeeder,
    XapiStatements,
  ],
  exports: [ContentImporter],
})
export class LearningFeatureModule {}

/**
 * The worker's part: forwarding xAPI statements to the Learning Record Store, reminding
 * assignees two days before a module is due, and making certificates' PDFs.
 */
@Module({
  imports: [
    NotificationsModule,
    TypeOrmModule.forFeature([XapiStatement, Certificate, ...identityDataEntities]),
  ],
  providers: [AssignmentDueReminders, CertificatePdfMaker, Certificates, XapiStatements],
})
export class LearningWorkerModule {}
