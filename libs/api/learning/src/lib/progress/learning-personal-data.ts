import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonalData, type PersonalDataSource } from '@leerruimte/api-core';
import {
  assignmentsOf,
  certificatesOf,
  checkAnswersOf,
  closingTestsOf,
  completedLessonsOf,
  enrolmentsOf,
  journalEntriesOf,
  learningTimeOf,
  selfAssessmentsOf,
  werkbegeleidingOf,
} from './learning-personal-data.queries';

/**
 * The learning part of a person's data export: progress, learning time, journal, checks, scans,
 * closing tests, certificates, assignments with the reminders sent about them, and werkbegeleiding.
 */
@PersonalData({ section: 'learning' })
@Injectable()
export class LearningPersonalData implements PersonalDataSource {
  constructor(private readonly dataSource: DataSource) {}

  async personalData(userId: string): Promise<Record<string, unknown>> {
    const sql = this.dataSource;
    const [modules, completedLessons, learningTime, journal, checks, selfAssessments] =
      await Promise.all([
        enrolmentsOf(sql, userId),
        completedLessonsOf(sql, userId),
        learningTimeOf(sql, userId),
        journalEntriesOf(sql, userId),
        checkAnswersOf(sql, userId),
        selfAssessmentsOf(sql, userId),
      ]);
    const [assignments, closingTests, certificates, werkbegeleiding] = await Promise.all([
      assignmentsOf(sql, userId),
      closingTestsOf(sql, userId),
      certificatesOf(sql, userId),
      werkbegeleidingOf(sql, userId),
    ]);
    return {
      modules,
      completedLessons,
      learningTime,
      journal,
      checks,
      selfAssessments,
      closingTests,
      certificates,
      assignments,
      werkbegeleiding,
    };
  }
}
