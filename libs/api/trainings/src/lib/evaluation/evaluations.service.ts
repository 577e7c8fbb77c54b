import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { exists, selectRow } from '@leerruimte/api-infrastructure';
import { notFound } from '@leerruimte/api-core';
import {
  EVALUATION_MINIMUM_ANSWERS,
  type SessionEvaluationRequest,
  type SessionEvaluationResult,
  enrolmentStates,
  evaluationStatements,
} from '@leerruimte/shared-contracts';
import { trainingErrors } from '../trainings.errors';
import { TrainingEvaluation } from './evaluation.entities';

/** Who took part (wholly or partly) may evaluate; the register says so. */
const evaluators = new Set(['attended', 'partly_attended']);

/**
 * A session's evaluation: a few fixed statements, once per participant, anonymously. The flag
 * on the enrolment and the scores are written in one transaction but never linked, and the
 * team lead sees averages only from `EVALUATION_MINIMUM_ANSWERS` answers.
 */
@Injectable()
export class EvaluationsService {
  constructor(private readonly dataSource: DataSource) {}

  async submit(
    teamId: string,
    sessionId: string,
    userId: string,
    request: SessionEvaluationRequest,
  ): Promise<void> {
    await this.assertSessionOfTeam(teamId, sessionId);
    await this.dataSource.transaction(async (manager) => {
      const enrolment = await selectRow(
        manager,
        z.object({ id: z.string(), state: z.enum(enrolmentStates), evaluated: z.boolean() }),
        `SELECT id, state, evaluated FROM training_enrolment
          WHERE session_id = $1 AND user_id = $2 FOR UPDATE`,
        [sessionId, userId],
      );
      if (!enrolment || !evaluators.has(enrolment.state)) throw trainingErrors.notAttended();
      if (enrolment.evaluated) throw trainingErrors.evaluated();
      await manager.query(`UPDATE training_enrolment SET evaluated = true WHERE id = $1`, [
        enrolment.id,
      ]);
      await manager.insert(TrainingEvaluation, { sessionId, scores: request.scores });
    });
  }

  async results(teamId: string, sessionId: string): Promise<SessionEvaluationResult> {
    await this.assertSessionOfTeam(teamId, sessionId);
    const row = await selectRow(
      this.dataSource,
      z.object({
        answers: z.number(),
        averages: z.record(z.enum(evaluationStatements), z.number()).nullable(),
      }),
      `SELECT (SELECT count(*)::int FROM training_evaluation WHERE session_id = $1) AS answers,
              (SELECT jsonb_object_agg(key, round(average, 1))
                 FROM (SELECT key, avg(value::numeric) AS average
                         FROM training_evaluation, jsonb_each_text(scores)
                        WHERE session_id = $1 GROUP BY key) per_statement) AS averages`,
      [sessionId],
    );
    const answers = row?.answers ?? 0;
    return {
      answers,
      minimum: EVALUATION_MINIMUM_ANSWERS,
      averages: answers >= EVALUATION_MINIMUM_ANSWERS && row?.averages ? row.averages : null,
    };
  }

  private async assertSessionOfTeam(teamId: string, sessionId: string): Promise<void> {
    const found = await exists(
      this.dataSource,
      `SELECT 1 FROM training_session s JOIN training t ON t.id = s.training_id
        WHERE s.id = $1 AND t.team_id = $2`,
      [sessionId, teamId],
    );
    if (!found) throw notFound();
  }
}
