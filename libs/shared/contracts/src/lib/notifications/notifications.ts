import { z } from 'zod';
import { experimentStatusSchema } from '../board/experiments';

/**
 * What a notification says, by kind: the web app words it in the reader's language, so one
 * stored notification reads right in Dutch and English.
 */
export const notificationContentSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('module_assigned'),
    moduleSlug: z.string(),
    moduleTitle: z.string(),
    teamName: z.string(),
    assignedBy: z.string(),
    dueDate: z.iso.date().nullable(),
  }),
  /** Two days before an assignment is due, to each assignee who has not completed it. */
  z.object({
    kind: z.literal('assignment_due_soon'),
    assignmentId: z.uuid(),
    moduleSlug: z.string(),
    moduleTitle: z.string(),
    teamName: z.string(),
    dueDate: z.iso.date(),
  }),
  z.object({
    kind: z.literal('reflection_prompt'),
    occurrenceId: z.uuid(),
    question: z.string(),
    teamName: z.string(),
    closesAt: z.iso.datetime(),
    /** Set on a reminder: the how-manieth. */
    reminder: z.number().int().optional(),
  }),
  z.object({
    kind: z.literal('why_question_answered'),
    teamId: z.uuid(),
    questionId: z.uuid(),
    question: z.string(),
    teamName: z.string(),
    answeredBy: z.string(),
  }),
  z.object({
    kind: z.literal('why_question_on_agenda'),
    teamId: z.uuid(),
    questionId: z.uuid(),
    question: z.string(),
    teamName: z.string(),
  }),
  z.object({
    kind: z.literal('experiment_status_changed'),
    teamId: z.uuid(),
    experimentId: z.uuid(),
    title: z.string(),
    teamName: z.string(),
    status: experimentStatusSchema,
    changedBy: z.string(),
  }),
]);

export const notificationSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
  content: notificationContentSchema,
});

export const notificationListSchema = z.object({
  unread: z.number().int(),
  notifications: z.array(notificationSchema),
});

export const markNotificationsReadRequestSchema = z.strictObject({
  /** Leave out to mark every notification read. */
  ids: z.array(z.uuid()).min(1).max(100).optional(),
});

export type NotificationContent = z.infer<typeof notificationContentSchema>;
export type NotificationView = z.infer<typeof notificationSchema>;
export type NotificationList = z.infer<typeof notificationListSchema>;
export type MarkNotificationsReadRequest = z.infer<typeof markNotificationsReadRequestSchema>;
