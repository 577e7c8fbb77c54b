import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { PersonalData, type PersonalDataSource } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';

/* The rows of a person's data export, their columns named as the export shows them. */

const whyQuestionRow = z.object({
  question: z.string(),
  team: z.string(),
  theme: z.string().nullable(),
  status: z.string(),
  createdAt: z.date(),
  /** Hidden by the team lead (it stays the author's data). */
  hidden: z.boolean(),
});
const whyAnswerRow = z.object({
  question: z.string(),
  team: z.string(),
  text: z.string(),
  createdAt: z.date(),
  hidden: z.boolean(),
});
const voteRow = z.object({ question: z.string(), team: z.string(), votedAt: z.date() });
const experimentRow = z.object({
  title: z.string(),
  team: z.string(),
  status: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  situation: z.string().nullable(),
  whatWeTry: z.string().nullable(),
  prediction: z.string().nullable(),
  learned: z.string().nullable(),
  createdAt: z.date(),
  hidden: z.boolean(),
});
const takingPartRow = z.object({ experiment: z.string(), team: z.string(), status: z.string() });
const observationRow = z.object({
  experiment: z.string(),
  on: z.string(),
  text: z.string().nullable(),
  value: z.number().nullable(),
  createdAt: z.date(),
  hidden: z.boolean(),
});
const caseRow = z.object({
  title: z.string(),
  team: z.string(),
  description: z.string(),
  createdAt: z.date(),
  hidden: z.boolean(),
});
const discussionRow = z.object({
  case: z.string(),
  team: z.string(),
  method: z.string(),
  heldOn: z.string(),
  minutes: z.number().nullable(),
  /** They wrote it down; otherwise they took part. */
  byYou: z.boolean(),
  outcome: z.string().nullable(),
});

/**
 * The learning board's part of a person's data export: the why-questions, answers, votes,
 * experiments, observations and cases they wrote or took part in, and the case discussions
 * (intervisie) they wrote down or joined. What others wrote is not theirs and stays out; of a
 * discussion someone else wrote down, only that it was held and that they took part.
 */
@PersonalData({ section: 'board' })
@Injectable()
export class BoardPersonalData implements PersonalDataSource {
  constructor(private readonly dataSource: DataSource) {}

  async personalData(userId: string): Promise<Record<string, unknown>> {
    const sql = this.dataSource;
    const [whyQuestions, whyAnswers, votes, experiments, takingPart] = await Promise.all([
      selectRows(
        sql,
        whyQuestionRow,
        `SELECT q.question, tm.name AS team, q.theme, q.status, q.created_at AS "createdAt",
                q.hidden_at IS NOT NULL AS hidden
           FROM why_question q JOIN team tm ON tm.id = q.team_id
          WHERE q.author_id = $1 ORDER BY q.created_at`,
        [userId],
      ),
      selectRows(
        sql,
        whyAnswerRow,
        `SELECT q.question, tm.name AS team, a.text, a.created_at AS "createdAt",
                a.hidden_at IS NOT NULL AS hidden
           FROM why_answer a
           JOIN why_question q ON q.id = a.question_id
           JOIN team tm ON tm.id = a.team_id
          WHERE a.author_id = $1 ORDER BY a.created_at`,
        [userId],
      ),
      selectRows(
        sql,
        voteRow,
        `SELECT q.question, tm.name AS team, v.created_at AS "votedAt"
           FROM why_vote v
           JOIN why_question q ON q.id = v.question_id
           JOIN team tm ON tm.id = q.team_id
          WHERE v.user_id = $1 ORDER BY v.created_at`,
        [userId],
      ),
      selectRows(
        sql,
        experimentRow,
        `SELECT e.title, tm.name AS team, e.status, e.start_date::text AS "startDate",
                e.end_date::text AS "endDate", e.situation, e.what_we_try AS "whatWeTry",
                e.prediction, e.learned, e.created_at AS "createdAt",
                e.hidden_at IS NOT NULL AS hidden
           FROM experiment e JOIN team tm ON tm.id = e.team_id
          WHERE e.author_id = $1 ORDER BY e.created_at`,
        [userId],
      ),
      selectRows(
        sql,
        takingPartRow,
        `SELECT e.title AS experiment, tm.name AS team, e.status
           FROM experiment_participant p
           JOIN experiment e ON e.id = p.experiment_id
           JOIN team tm ON tm.id = e.team_id
          WHERE p.user_id = $1 ORDER BY e.created_at`,
        [userId],
      ),
    ]);
    const [observations, cases, caseDiscussions] = await Promise.all([
      selectRows(
        sql,
        observationRow,
        `SELECT e.title AS experiment, l.observed_on::text AS "on", l.text, NULL::float AS value,
                l.created_at AS "createdAt", l.hidden_at IS NOT NULL AS hidden
           FROM experiment_log_entry l JOIN experiment e ON e.id = l.experiment_id
          WHERE l.author_id = $1
         UNION ALL
         SELECT e.title, d.measured_on::text, d.note, d.value, d.created_at,
                d.hidden_at IS NOT NULL
           FROM experiment_data_point d JOIN experiment e ON e.id = d.experiment_id
          WHERE d.author_id = $1
          ORDER BY "createdAt"`,
        [userId],
      ),
      selectRows(
        sql,
        caseRow,
        `SELECT c.title, tm.name AS team, c.description, c.created_at AS "createdAt",
                c.hidden_at IS NOT NULL AS hidden
           FROM team_case c JOIN team tm ON tm.id = c.team_id
          WHERE c.author_id = $1 ORDER BY c.created_at`,
        [userId],
      ),
      selectRows(
        sql,
        discussionRow,
        `SELECT c.title AS "case", tm.name AS team, d.method, d.held_on::text AS "heldOn",
                d.minutes, d.author_id IS NOT DISTINCT FROM $1 AS "byYou",
                CASE WHEN d.author_id = $1 THEN d.outcome END AS outcome
           FROM case_discussion d
           JOIN team_case c ON c.id = d.case_id
           JOIN team tm ON tm.id = d.team_id
          WHERE d.author_id = $1
             OR EXISTS (SELECT 1 FROM case_discussion_participant p
                         WHERE p.discussion_id = d.id AND p.user_id = $1)
          ORDER BY d.held_on`,
        [userId],
      ),
    ]);
    return {
      whyQuestions,
      whyAnswers,
      votes,
      experiments,
      takingPart,
      observations,
      cases,
      caseDiscussions,
    };
  }
}
