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
import { CatalogueService, type ProgressRow, moduleProgress } from '../catalogue/catalogue.service';
import { assignmentMail } from './assignment-mail';
import { ModuleAssignment, ModuleAssignmentMember } from './assignment.entities';

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

interface Assignee {
  id: string;
  name: string;
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
    const members: Assignee[] = await this.dataSource.query(
      `SELECT u.id, u.name
         FROM team_membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.team_id = $1 ORDER BY u.name`,
      [teamId],
    );
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
    const [{ team_name: teamName }]: Array<{ team_name: string }> = await this.dataSource.query(
      `SELECT name AS team_name FROM team WHERE id = $1`,
      [teamId],
    );
    const [{ name: assignerName }]: Array<{ name: string }> = await this.dataSource.query(
      `SELECT name FROM app_user WHERE id = $1`,
      [assignerId],
    );
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
    const assignments: Array<{
      id: string;
      slug: string;
      title: string;
      estimated_minutes: number;
      lesson_count: number;
      due_date: string | null;
      whole_team: boolean;
      assigned_by: string | null;
      created_at: Date;
    }> = await this.dataSource.query(
      `SELECT a.id, m.slug, m.title, m.estimated_minutes, a.due_date::text AS due_date,
              a.whole_team, u.name AS assigned_by, a.created_at,
              (SELECT count(*)::int FROM lesson l
                WHERE l.module_id = m.id AND l.removed_at IS NULL) AS lesson_count
         FROM module_assignment a
         JOIN learning_module m ON m.id = a.module_id
         LEFT JOIN app_user u ON u.id = a.assigned_by_id
        WHERE a.team_id = $1 AND ($2::uuid IS NULL OR a.id = $2)
        ORDER BY a.created_at DESC`,
      [teamId, onlyId ?? null],
    );
    // Every assignee of every assignment in one query. Only people still in the team: a team
    // leader does not follow those who left.
    const members: Array<ProgressRow & { assignment_id: string; user_id: string; name: string }> =
      await this.dataSource.query(
        `SELECT am.assignment_id, u.id AS user_id, u.name,
                (SELECT count(*)::int FROM lesson_completion c JOIN lesson l ON l.id = c.lesson_id
                  WHERE c.user_id = u.id AND l.module_id = a.module_id AND l.removed_at IS NULL)
                  AS completed_lessons,
                e.user_id IS NOT NULL AS enrolled, e.completed_at, last.slug AS last_lesson_slug
           FROM module_assignment_member am
           JOIN module_assignment a ON a.id = am.assignment_id
           JOIN app_user u ON u.id = am.user_id
           JOIN team_membership tm ON tm.user_id = u.id AND tm.team_id = a.team_id
           LEFT JOIN module_enrolment e ON e.user_id = u.id AND e.module_id = a.module_id
           LEFT JOIN lesson last ON last.id = e.last_lesson_id AND last.removed_at IS NULL
          WHERE am.assignment_id = ANY ($1::uuid[])
          ORDER BY u.name`,
        [assignments.map((assignment) => assignment.id)],
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
    const [members, modules]: [
      Array<{ user_id: string; name: string; minutes: number }>,
      Array<ProgressRow & { user_id: string; slug: string; title: string; lesson_count: number }>,
    ] = await Promise.all([
      this.dataSource.query(
        `SELECT u.id AS user_id, u.name,
                (SELECT coalesce(sum(l.minutes), 0)::int FROM lesson_completion c
                   JOIN lesson l ON l.id = c.lesson_id WHERE c.user_id = u.id) AS minutes
           FROM team_membership tm JOIN app_user u ON u.id = tm.user_id
          WHERE tm.team_id = $1 ORDER BY u.name`,
        [teamId],
      ),
      this.dataSource.query(
        `SELECT e.user_id, m.slug, m.title, true AS enrolled, e.completed_at,
                last.slug AS last_lesson_slug,
                (SELECT count(*)::int FROM lesson l
                  WHERE l.module_id = m.id AND l.removed_at IS NULL) AS lesson_count,
                (SELECT count(*)::int FROM lesson_completion c JOIN lesson l ON l.id = c.lesson_id
                  WHERE c.user_id = e.user_id AND l.module_id = m.id AND l.removed_at IS NULL)
                  AS completed_lessons
           FROM module_enrolment e
           JOIN team_membership tm ON tm.user_id = e.user_id AND tm.team_id = $1
           JOIN learning_module m ON m.id = e.module_id AND m.removed_at IS NULL
           LEFT JOIN lesson last ON last.id = e.last_lesson_id
          ORDER BY m.position`,
        [teamId],
      ),
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
    const rows: Array<{
      id: string;
      slug: string;
      team_name: string;
      assigned_by: string | null;
      due_date: string | null;
    }> = await this.dataSource.query(
      `SELECT a.id, m.slug, t.name AS team_name, u.name AS assigned_by, a.due_date::text AS due_date
         FROM module_assignment_member am
         JOIN module_assignment a ON a.id = am.assignment_id
         JOIN team_membership tm ON tm.team_id = a.team_id AND tm.user_id = am.user_id
         JOIN team t ON t.id = a.team_id
         JOIN learning_module m ON m.id = a.module_id AND m.removed_at IS NULL
         LEFT JOIN app_user u ON u.id = a.assigned_by_id
         LEFT JOIN module_enrolment e ON e.user_id = am.user_id AND e.module_id = a.module_id
        WHERE am.user_id = $1 AND e.completed_at IS NULL
        ORDER BY a.due_date ASC NULLS LAST, a.created_at DESC`,
      [userId],
    );
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
