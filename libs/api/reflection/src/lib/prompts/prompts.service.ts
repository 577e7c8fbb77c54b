import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, guardClientData, notFound } from '@leerruimte/api-core';
import type {
  OccurrenceReport,
  Prompt,
  PromptAnswerRequest,
  PulseAnswerRequest,
} from '@leerruimte/shared-contracts';
import { PulseResponse } from '../moments/moment.entities';

const closed = () =>
  new AppError(HttpStatus.CONFLICT, 'prompt_closed', {
    nl: 'Deze reflectievraag is gesloten; je kunt niet meer antwoorden.',
    en: 'This reflection question has closed; you can no longer answer.',
  });

const wrongKind = (kind: Prompt['kind']) =>
  new AppError(
    HttpStatus.CONFLICT,
    'wrong_prompt_kind',
    kind === 'pulse'
      ? { nl: 'Een teampuls vul je in met scores.', en: 'A team pulse is filled in with scores.' }
      : {
          nl: 'Deze reflectievraag beantwoord je in woorden.',
          en: 'This prompt is answered in words.',
        },
  );

/** Prompts as their recipients see and answer them, and as team leaders follow them. */
@Injectable()
export class PromptsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The person's prompts, newest first: open ones to answer, past ones with their answers. */
  async mine(userId: string, now = new Date()): Promise<Prompt[]> {
    const rows: Array<{
      id: string;
      kind: Prompt['kind'];
      question: string;
      team_name: string;
      delivered_at: Date;
      closes_at: Date;
      answer: string | null;
      shared: boolean | null;
      updated_at: Date | null;
    }> = await this.dataSource.query(
      `SELECT o.id, m.kind, o.question, t.name AS team_name, o.delivered_at, o.closes_at,
              a.answer, a.shared, a.updated_at
         FROM reflection_delivery d
         JOIN reflection_occurrence o ON o.id = d.occurrence_id
         JOIN reflection_moment m ON m.id = o.moment_id
         JOIN team t ON t.id = m.team_id
         LEFT JOIN reflection_answer a ON a.occurrence_id = o.id AND a.user_id = d.user_id
        WHERE d.user_id = $1 AND d.channel = 'in_app'
        ORDER BY o.delivered_at DESC
        LIMIT 50`,
      [userId],
    );
    return rows.map((row) => ({
      occurrenceId: row.id,
      kind: row.kind,
      question: row.question,
      teamName: row.team_name,
      deliveredAt: row.delivered_at.toISOString(),
      closesAt: row.closes_at.toISOString(),
      open: row.closes_at > now,
      myAnswer:
        row.answer !== null && row.updated_at
          ? {
              answer: row.answer,
              shared: row.shared ?? false,
              updatedAt: row.updated_at.toISOString(),
            }
          : null,
    }));
  }

  /** Only someone the prompt was sent to answers it, while it is open; the privacy guard first. */
  async answer(
    userId: string,
    occurrenceId: string,
    request: PromptAnswerRequest,
    now = new Date(),
  ): Promise<Prompt> {
    const delivery = await this.openDelivery(userId, occurrenceId, now);
    if (delivery.kind === 'pulse') throw wrongKind('pulse');
    const confirmed = guardClientData(request.answer, 'answer', request.confirmedNotClientData);
    await this.dataSource.query(
      `INSERT INTO reflection_answer
         (occurrence_id, user_id, answer, shared, privacy_confirmed_at, privacy_findings)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (occurrence_id, user_id)
       DO UPDATE SET answer = EXCLUDED.answer, shared = EXCLUDED.shared, updated_at = now(),
                     privacy_confirmed_at = EXCLUDED.privacy_confirmed_at,
                     privacy_findings = EXCLUDED.privacy_findings`,
      [
        occurrenceId,
        userId,
        request.answer,
        request.shared,
        confirmed.length > 0 ? now : null,
        confirmed.length > 0 ? JSON.stringify(confirmed) : null,
      ],
    );
    return this.prompt(userId, occurrenceId, now);
  }

  /**
   * A pulse: once per person, anonymously. The empty answer records that the person took part
   * (for the response rate); the scores go into a row of their own, without the person.
   */
  async answerPulse(
    userId: string,
    occurrenceId: string,
    request: PulseAnswerRequest,
    now = new Date(),
  ): Promise<Prompt> {
    const delivery = await this.openDelivery(userId, occurrenceId, now);
    if (delivery.kind !== 'pulse') throw wrongKind('question');
    await this.dataSource.transaction(async (manager) => {
      const taken: unknown[] = await manager.query(
        `INSERT INTO reflection_answer (occurrence_id, user_id, answer, shared)
         VALUES ($1, $2, '', false) ON CONFLICT (occurrence_id, user_id) DO NOTHING RETURNING 1`,
        [occurrenceId, userId],
      );
      if (taken.length === 0) {
        throw new AppError(HttpStatus.CONFLICT, 'pulse_answered', {
          nl: 'Je hebt deze teampuls al ingevuld; omdat hij anoniem is, kan dat niet opnieuw.',
          en: 'You already filled in this team pulse; as it is anonymous, it cannot be changed.',
        });
      }
      await manager.insert(PulseResponse, { occurrenceId, scores: request.scores });
    });
    return this.prompt(userId, occurrenceId, now);
  }

  private async prompt(userId: string, occurrenceId: string, now: Date): Promise<Prompt> {
    const prompt = (await this.mine(userId, now)).find(
      (candidate) => candidate.occurrenceId === occurrenceId,
    );
    if (!prompt) throw notFound();
    return prompt;
  }

  /** The prompt as sent to this person, if it is still open. */
  private async openDelivery(
    userId: string,
    occurrenceId: string,
    now: Date,
  ): Promise<{ kind: Prompt['kind'] }> {
    const [delivery]: Array<{ closes_at: Date; kind: Prompt['kind'] }> =
      await this.dataSource.query(
        `SELECT o.closes_at, m.kind FROM reflection_delivery d
           JOIN reflection_occurrence o ON o.id = d.occurrence_id
           JOIN reflection_moment m ON m.id = o.moment_id
          WHERE d.occurrence_id = $1 AND d.user_id = $2 AND d.channel = 'in_app'`,
        [occurrenceId, userId],
      );
    if (!delivery) throw notFound();
    if (delivery.closes_at <= now) throw closed();
    return delivery;
  }

  /** Per occurrence of a moment: who was asked and answered, and the shared answers only. */
  async report(teamId: string, momentId: string): Promise<OccurrenceReport[]> {
    const occurrences: Array<{
      id: string;
      question: string;
      delivered_at: Date;
      closes_at: Date;
    }> = await this.dataSource.query(
      `SELECT o.id, o.question, o.delivered_at, o.closes_at FROM reflection_occurrence o
         JOIN reflection_moment m ON m.id = o.moment_id
        WHERE m.id = $1 AND m.team_id = $2 ORDER BY o.delivered_at DESC`,
      [momentId, teamId],
    );
    if (occurrences.length === 0) {
      const [exists]: unknown[] = await this.dataSource.query(
        `SELECT 1 FROM reflection_moment WHERE id = $1 AND team_id = $2`,
        [momentId, teamId],
      );
      if (!exists) throw notFound();
    }
    // Everyone asked and every shared answer of all occurrences at once, not per occurrence.
    const ids = occurrences.map((occurrence) => occurrence.id);
    const [asked, shared]: [
      Array<{ occurrence_id: string; user_id: string; name: string; answered: boolean }>,
      Array<{ occurrence_id: string; name: string; answer: string; updated_at: Date }>,
    ] = await Promise.all([
      this.dataSource.query(
        `SELECT d.occurrence_id, u.id AS user_id, u.name, a.id IS NOT NULL AS answered
           FROM reflection_delivery d JOIN app_user u ON u.id = d.user_id
           LEFT JOIN reflection_answer a ON a.occurrence_id = d.occurrence_id AND a.user_id = u.id
          WHERE d.occurrence_id = ANY ($1::uuid[]) AND d.channel = 'in_app' ORDER BY u.name`,
        [ids],
      ),
      this.dataSource.query(
        `SELECT a.occurrence_id, u.name, a.answer, a.updated_at FROM reflection_answer a
           JOIN app_user u ON u.id = a.user_id
          WHERE a.occurrence_id = ANY ($1::uuid[]) AND a.shared ORDER BY a.updated_at`,
        [ids],
      ),
    ]);
    return occurrences.map((occurrence) => {
      const people = asked.filter((person) => person.occurrence_id === occurrence.id);
      const answered = people.filter((person) => person.answered).length;
      return {
        occurrenceId: occurrence.id,
        question: occurrence.question,
        deliveredAt: occurrence.delivered_at.toISOString(),
        closesAt: occurrence.closes_at.toISOString(),
        asked: people.map((person) => ({
          userId: person.user_id,
          name: person.name,
          answered: person.answered,
        })),
        responseRate: people.length === 0 ? 0 : Math.round((answered / people.length) * 100) / 100,
        sharedAnswers: shared
          .filter((row) => row.occurrence_id === occurrence.id)
          .map((row) => ({
            name: row.name,
            answer: row.answer,
            updatedAt: row.updated_at.toISOString(),
          })),
      };
    });
  }
}
