import { HttpStatus, Injectable } from '@nestjs/common';
import { clientDataContextOf } from '@leerruimte/api-identity-data';
import { DataSource } from 'typeorm';
import { AppError, guardClientData, notFound } from '@leerruimte/api-core';
import type {
  OccurrenceReport,
  Prompt,
  PromptAnswerRequest,
  PulseAnswerRequest,
} from '@leerruimte/shared-contracts';
import { PulseResponse } from '../moments/moment.entities';
import {
  askedPeople,
  inAppDelivery,
  momentOccurrences,
  myPrompts,
  recordPulseTaken,
  saveAnswer,
  sharedAnswers,
  teamHasMoment,
} from './prompts.queries';

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
    const rows = await myPrompts(this.dataSource, userId);
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
    const confirmed = guardClientData(
      request.answer,
      'answer',
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    await saveAnswer(this.dataSource, {
      occurrenceId,
      userId,
      answer: request.answer,
      shared: request.shared,
      privacyConfirmedAt: confirmed.length > 0 ? now : null,
      privacyFindings: confirmed.length > 0 ? JSON.stringify(confirmed) : null,
    });
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
      if (!(await recordPulseTaken(manager, occurrenceId, userId))) {
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
    const delivery = await inAppDelivery(this.dataSource, occurrenceId, userId);
    if (!delivery) throw notFound();
    if (delivery.closes_at <= now) throw closed();
    return delivery;
  }

  /** Per occurrence of a moment: who was asked and answered, and the shared answers only. */
  async report(teamId: string, momentId: string): Promise<OccurrenceReport[]> {
    const occurrences = await momentOccurrences(this.dataSource, teamId, momentId);
    if (occurrences.length === 0 && !(await teamHasMoment(this.dataSource, teamId, momentId))) {
      throw notFound();
    }
    // Everyone asked and every shared answer of all occurrences at once, not per occurrence.
    const ids = occurrences.map((occurrence) => occurrence.id);
    const [asked, shared] = await Promise.all([
      askedPeople(this.dataSource, ids),
      sharedAnswers(this.dataSource, ids),
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
