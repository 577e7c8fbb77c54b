import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonalData, type PersonalDataSource } from '@leerruimte/api-core';
import {
  assignmentsOf,
  checkAnswersOf,
  completedLessonsOf,
  enrolmentsOf,
  journalEntriesOf,
  selfAssessmentsOf,
} from './learning-personal-data.queries';

/**
 * The learning part of a person's data export: progress, journal, checks, scans, assignments
 * with the reminders sent about them.
 */
@PersonalData({ section: 'learning' })
@Injectable()
export class LearningPersonalData implements PersonalDataSource {
  constructor(private readonly dataSource: DataSource) {}

  async personalData(userId: string): Promise<Record<string, unknown>> {
    const [modules, completedLessons, journal, checks, selfAssessments, assignments] =
      await Promise.all([
        enrolmentsOf(this.dataSource, userId),
        completedLessonsOf(this.dataSource, userId),
        journalEntriesOf(this.dataSource, userId),
        checkAnswersOf(this.dataSource, userId),
        selfAssessmentsOf(this.dataSource, userId),
        assignmentsOf(this.dataSource, userId),
      ]);
    return { modules, completedLessons, journal, checks, selfAssessments, assignments };
  }
}
