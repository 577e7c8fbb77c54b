import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AppError, type FieldProblem, notFound } from '@leerruimte/api-core';
import type {
  Assignment,
  CreateAssignmentRequest,
  MyAssignment,
  NotificationContent,
  TeamProgress,
} from '@leerruimte/shared-contracts';
import { NotificationMails, Notifier } from '@leerruimte/api-notifications';
import { LearningModule } from '../catalogue/catalogue.entities';
import { CatalogueService, moduleProgress } from '../catalogue/catalogue.service';
import { assignmentMail } from './assignment-mail';
import { ModuleAssignment, ModuleAssignmentMember } from './assignment.entities';
import {
  assigneesWithProgress,
  membersModules,
  membersWithMinutes,
  openAssignmentsOf,
  teamAssignments,
  teamMembers,
  teamNameOf,
} from './assignments.queries';
import { personName } from '@leerruimte/api-identity-data';

const invalid = (fields: FieldProblem[]) =>
  new AppError(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'invalid_assignment',
    {
      nl: 'Deze opdracht kan zo niet worden gegeven.',
      en: 'This assignment cannot be given like this.',
    },
    fields,
  );

/** Today in the Netherlands, as YYYY-MM-DD: due dates are local dates. */
function today(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/**
 * Team leaders assign modules to their team and follow the progress; assignees get an in-app
 * notification and, per their preference, a mail.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly notifier: Notifier,
    private readonly mails: NotificationMails,
  ) {}

  async create(
    teamId: string,
    assignerId: string,
    request: CreateAssignmentRequest,
    now = new Date(),
  ): Promise<Assignment> {
    const problems: FieldProblem[] = [];
    const learningModule = await this.dataSource
      .getRepository(LearningModule)
      .findOneBy({ slug: request.moduleSlug, removedAt: IsNull() });
    if (!learningModule) {
      problems.push({
        field: 'moduleSlug',
        code: 'unknown_module',
        text: { nl: 'Deze module bestaat niet.', en: 'This module does not exist.' },
      });
    }
    if (request.dueDate && request.dueDate < today(now)) {
      problems.push({
        field: 'dueDate',
        code: 'in_the_past',
        text: { nl: 'Kies vandaag of een latere datum.', en: 'Choose today or a later date.' },
      });
    }
    const members = await teamMembers(this.dataSource, teamId);
    const memberIds = new Set(members.map((member) => member.id));
    request.memberIds?.forEach((id, index) => {
      if (!memberIds.has(id)) {
        problems.push({
          field: `memberIds.${index}`,
          code: 'not_a_member',
          text: { nl: 'Deze persoon zit niet in het team.', en: 'This person is not in the team.' },
        });
      }
    });
    if (problems.length > 0 || !learningModule) throw invalid(problems);

    const chosen = request.memberIds ? new Set(request.memberIds) : memberIds;
    const assignees = members.filter((member) => chosen.has(member.id));
    const teamName = await teamNameOf(this.dataSource, teamId);
    const assignerName = (await personName(this.dataSource, assignerId)) ?? '';
    const content: NotificationContent = {
      kind: 'module_assigned',
      moduleSlug: learningModule.slug,
      moduleTitle: learningModule.title,
      teamName,
      assignedBy: assignerName,
      dueDate: request.dueDate ?? null,
    };
    const assignmentId = await this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(ModuleAssignment, {
        teamId,
        moduleId: learningModule.id,
        assignedById: assignerId,
        dueDate: request.dueDate ?? null,
        wholeTeam: !request.memberIds,
        createdAt: now,
      });
      const id = identifiers[0].id as string;
      await manager.insert(
        ModuleAssignmentMember,
        assignees.map((assignee) => ({ assignmentId: id, userId: assignee.id })),
      );
      await this.notifier.notify(
        assignees.filter((assignee) => assignee.id !== assignerId).map((assignee) => assignee.id),
        content,
        manager,
      );
      return id;
    });
    const notified = assignees
      .filter((assignee) => assignee.id !== assignerId)
      .map((assignee) => assignee.id);
    await this.notifier.announce(notified);
    // A mail per assignee who wants one for this kind; the daily digest comes with notifications.
    await this.mails.mailEach(notified, content, (person, url, unsubscribe) =>
      assignmentMail(person.locale, {
        to: person.email,
        name: person.name,
        assignerName,
        teamName,
        moduleTitle: learningModule.title,
        estimatedMinutes: learningModule.estimatedMinutes,
        dueDate: request.dueDate ?? null,
        link: url,
        unsubscribe,
      }),
    );
    const [created] = await this.list(teamId, assignmentId);
    return created;
  }

  /** The team's assignments, newest first, with the progress of each current member. */
  async list(teamId: string, onlyId?: string): Promise<Assignment[]> {
    const assignments = await teamAssignments(this.dataSource, teamId, onlyId ?? null);
    const members = await assigneesWithProgress(
      this.dataSource,
      assignments.map((assignment) => assignment.id),
    );
    return assignments.map((assignment) => ({
      id: assignment.id,
      module: {
        slug: assignment.slug,
        title: assignment.title,
        lessonCount: assignment.lesson_count,
        estimatedMinutes: assignment.estimated_minutes,
      },
      dueDate: assignment.due_date,
      wholeTeam: assignment.whole_team,
      assignedBy: assignment.assigned_by,
      createdAt: assignment.created_at.toISOString(),
      members: members
        .filter((member) => member.assignment_id === assignment.id)
        .map((member) => ({
          userId: member.user_id,
          name: member.name,
          progress: moduleProgress(member),
        })),
    }));
  }

  async withdraw(teamId: string, assignmentId: string): Promise<void> {
    const { affected } = await this.dataSource
      .getRepository(ModuleAssignment)
      .delete({ id: assignmentId, teamId });
    if (!affected) throw notFound();
  }

  /** Every current member with the modules they started and their minutes learned. */
  async teamProgress(teamId: string): Promise<TeamProgress> {
    const [members, modules] = await Promise.all([
      membersWithMinutes(this.dataSource, teamId),
      membersModules(this.dataSource, teamId),
    ]);
    return {
      members: members.map((member) => ({
        userId: member.user_id,
        name: member.name,
        minutesLearned: member.minutes,
        modules: modules
          .filter((row) => row.user_id === member.user_id)
          .map((row) => ({
            slug: row.slug,
            title: row.title,
            lessonCount: row.lesson_count,
            progress: moduleProgress(row),
          })),
      })),
    };
  }

  /** For "Mijn leren": what I was asked to follow and have not completed, soonest due first. */
  async mine(userId: string): Promise<MyAssignment[]> {
    const rows = await openAssignmentsOf(this.dataSource, userId);
    if (rows.length === 0) return [];
    const modules = new Map(
      (await this.catalogue.modules(userId)).map((summary) => [summary.slug, summary]),
    );
    return rows.flatMap((row) => {
      const summary = modules.get(row.slug);
      return summary
        ? [
            {
              id: row.id,
              teamName: row.team_name,
              assignedBy: row.assigned_by,
              dueDate: row.due_date,
              module: summary,
            },
          ]
        : [];
    });
  }
}
