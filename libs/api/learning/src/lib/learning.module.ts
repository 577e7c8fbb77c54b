import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModuleAssignment, ModuleAssignmentMember } from './assignments/assignment.entities';
import { AssignmentsController } from './assignments/assignments.controller';
import { AssignmentsService } from './assignments/assignments.service';
import { Card, LearningModule, Lesson } from './catalogue/catalogue.entities';
import { CatalogueService } from './catalogue/catalogue.service';
import { ContentImporter } from './content/content-importer';
import { LearningSeeder } from './demo/learning.seeder';
import { LearningController } from './learning.controller';
import {
  CheckAnswer,
  JournalEntry,
  LessonCompletion,
  ModuleEnrolment,
  SelfAssessmentResult,
} from './progress/progress.entities';
import { ProgressService } from './progress/progress.service';

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
];

/**
 * Learning modules and cards from content/, the lesson reader, learners' progress, and team
 * leaders' assignments.
 */
@Module({
  imports: [TypeOrmModule.forFeature(learningEntities)],
  controllers: [LearningController, AssignmentsController],
  providers: [
    AssignmentsService,
    CatalogueService,
    ContentImporter,
    LearningSeeder,
    ProgressService,
  ],
  exports: [ContentImporter],
})
export class LearningFeatureModule {}
