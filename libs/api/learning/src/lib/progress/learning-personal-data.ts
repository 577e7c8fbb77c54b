import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonalData, type PersonalDataSource } from '@leerruimte/api-core';

/**
 * The learning part of a person's data export: progress, journal, checks, scans, assignments
 * with the reminders sent about them.
 */
@PersonalData({ section: 'learning' })
@Injectable()
export class LearningPersonalData implements PersonalDataSource {
  constructor(private readonly dataSource: DataSource) {}

  async personalData(userId: string): Promise<Record<string, unknown>> {
    const query = (sql: string) => this.dataSource.query(sql, [userId]);
    const [modules, completedLessons, journal, checks, selfAssessments, assignments] =
      await Promise.all([
        query(
          `SELECT m.title AS module, e.started_at AS "startedAt", e.completed_at AS "completedAt"
             FROM module_enrolment e JOIN learning_module m ON m.id = e.module_id
            WHERE e.user_id = $1 ORDER BY e.started_at`,
        ),
        query(
          `SELECT m.title AS module, l.title AS lesson, l.minutes, c.completed_at AS "completedAt"
             FROM lesson_completion c JOIN lesson l ON l.id = c.lesson_id
             JOIN learning_module m ON m.id = l.module_id
            WHERE c.user_id = $1 ORDER BY c.completed_at`,
        ),
        query(
          `SELECT m.title AS module, l.title AS lesson, j.block_id AS question, j.answer,
                  j.created_at AS "createdAt", j.updated_at AS "updatedAt"
             FROM journal_entry j JOIN lesson l ON l.id = j.lesson_id
             JOIN learning_module m ON m.id = l.module_id
            WHERE j.user_id = $1 ORDER BY j.created_at`,
        ),
        query(
          `SELECT m.title AS module, l.title AS lesson, a.block_id AS "check",
                  a.option_index AS option, a.correct, a.answered_at AS "answeredAt"
             FROM check_answer a JOIN lesson l ON l.id = a.lesson_id
             JOIN learning_module m ON m.id = l.module_id
            WHERE a.user_id = $1 ORDER BY a.answered_at`,
        ),
        query(
          `SELECT m.title AS module, r.block_id AS "selfAssessment", r.scores, r.dimensions,
                  r.taken_at AS "takenAt"
             FROM self_assessment_result r JOIN lesson l ON l.id = r.lesson_id
             JOIN learning_module m ON m.id = l.module_id
            WHERE r.user_id = $1 ORDER BY r.taken_at`,
        ),
        query(
          `SELECT m.title AS module, t.name AS team, a.due_date::text AS "dueDate",
                  a.created_at AS "assignedAt",
                  (SELECT coalesce(json_agg(json_build_object(
                            'dueDate', r.due_date, 'remindedAt', r.sent_at) ORDER BY r.sent_at),
                          '[]')
                     FROM assignment_reminder r
                    WHERE r.assignment_id = a.id AND r.user_id = am.user_id) AS reminders
             FROM module_assignment_member am JOIN module_assignment a ON a.id = am.assignment_id
             JOIN learning_module m ON m.id = a.module_id JOIN team t ON t.id = a.team_id
            WHERE am.user_id = $1 ORDER BY a.created_at`,
        ),
      ]);
    return { modules, completedLessons, journal, checks, selfAssessments, assignments };
  }
}
