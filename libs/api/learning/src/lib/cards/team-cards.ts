import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { guardClientTexts, notFound } from '@leerruimte/api-core';
import { clientDataContextOf } from '@leerruimte/api-identity-data';
import { selectRow } from '@leerruimte/api-infrastructure';
import type { CreateTeamCardRequest, TeamCard as TeamCardView } from '@leerruimte/shared-contracts';
import { learningErrors } from '../learning.errors';
import { TeamCard } from './team-card.entity';

const roleRow = z.object({ role: z.string() });

/** A slug no library card has: "eigen-", the title's words, and a random tail. */
function teamCardSlug(title: string): string {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return `eigen-${words ? `${words}-` : ''}${randomBytes(4).toString('hex')}`;
}

/**
 * A team's own denk- en doekaartjes: any member writes one, the team lead approves it, and only
 * then does the rest of the team see it (and can a reflection moment ask it).
 */
@Injectable()
export class TeamCards {
  constructor(private readonly dataSource: DataSource) {}

  /** Approved cards, plus one's own proposals; the lead sees every proposal. */
  async list(teamId: string, userId: string): Promise<TeamCardView[]> {
    const isLead = await this.isLead(teamId, userId);
    const cards = await this.dataSource
      .getRepository(TeamCard)
      .createQueryBuilder('card')
      .leftJoinAndSelect('card.author', 'author')
      .where('card.teamId = :teamId', { teamId })
      .andWhere(isLead ? 'true' : "(card.status = 'approved' OR card.authorId = :userId)", {
        userId,
      })
      .orderBy('card.status', 'DESC')
      .addOrderBy('card.title', 'ASC')
      .getMany();
    return cards.map((card) => this.view(card, userId));
  }

  /** A lead's card needs no approval: it is the lead who approves. */
  async create(
    teamId: string,
    userId: string,
    request: CreateTeamCardRequest,
  ): Promise<TeamCardView> {
    const privacy = guardClientTexts(
      {
        title: request.title,
        question: request.question,
        task: request.task,
        ...Object.fromEntries(request.moments.map((moment, index) => [`moments.${index}`, moment])),
      },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    const isLead = await this.isLead(teamId, userId);
    const now = new Date();
    const card = await this.dataSource.getRepository(TeamCard).save({
      teamId,
      slug: teamCardSlug(request.title),
      authorId: userId,
      title: request.title,
      question: request.question,
      task: request.task ?? null,
      theme: request.theme,
      moments: request.moments,
      status: isLead ? 'approved' : 'proposed',
      approvedById: isLead ? userId : null,
      approvedAt: isLead ? now : null,
      ...privacy,
    });
    const saved = await this.dataSource
      .getRepository(TeamCard)
      .findOneOrFail({ where: { id: card.id }, relations: { author: true } });
    return this.view(saved, userId);
  }

  async approve(teamId: string, cardId: string, userId: string): Promise<TeamCardView> {
    if (!(await this.isLead(teamId, userId))) throw learningErrors.onlyLeadApprovesCards();
    const repository = this.dataSource.getRepository(TeamCard);
    const { affected } = await repository.update(
      { id: cardId, teamId, status: 'proposed' },
      { status: 'approved', approvedById: userId, approvedAt: new Date() },
    );
    const card = await repository.findOne({
      where: { id: cardId, teamId },
      relations: { author: true },
    });
    if (!card) throw notFound();
    if (!affected && card.status !== 'approved') throw notFound();
    return this.view(card, userId);
  }

  /** The lead removes any card; an author their own while it waits for approval. */
  async remove(teamId: string, cardId: string, userId: string): Promise<void> {
    const repository = this.dataSource.getRepository(TeamCard);
    const card = await repository.findOneBy({ id: cardId, teamId });
    if (!card) throw notFound();
    const mayRemove =
      (await this.isLead(teamId, userId)) ||
      (card.authorId === userId && card.status === 'proposed');
    if (!mayRemove) throw learningErrors.onlyLeadRemovesCards();
    await repository.delete({ id: cardId });
  }

  /** One approved team card, for its printable PDF. */
  async approved(teamId: string, cardId: string): Promise<TeamCard> {
    const card = await this.dataSource
      .getRepository(TeamCard)
      .findOneBy({ id: cardId, teamId, status: 'approved' });
    if (!card) throw notFound();
    return card;
  }

  private async isLead(teamId: string, userId: string): Promise<boolean> {
    const row = await selectRow(
      this.dataSource,
      roleRow,
      'SELECT role FROM team_membership WHERE team_id = $1 AND user_id = $2',
      [teamId, userId],
    );
    return row?.role === 'team_lead';
  }

  private view(card: TeamCard, userId: string): TeamCardView {
    return {
      id: card.id,
      slug: card.slug,
      title: card.title,
      question: card.question,
      task: card.task,
      theme: card.theme,
      moments: card.moments,
      status: card.status,
      author: card.author?.name ?? null,
      mine: card.authorId === userId,
      createdAt: card.createdAt.toISOString(),
    };
  }
}
