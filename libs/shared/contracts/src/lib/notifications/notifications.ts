import { z } from 'zod';
import { experimentStatusSchema } from '../board/experiments';
import { emailNotificationChoices } from '../identity/auth';
import { notificationKinds } from './notification-text';
import { calendarDate } from '../dates';

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
    dueDate: calendarDate().nullable(),
  }),
  /** Two days before an assignment is due, to each assignee who has not completed it. */
  z.object({
    kind: z.literal('assignment_due_soon'),
    assignmentId: z.uuid(),
    moduleSlug: z.string(),
    moduleTitle: z.string(),
    teamName: z.string(),
    dueDate: calendarDate(),
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
  /** To the team's leads: a member asks for a place in a session that needs their approval. */
  z.object({
    kind: z.literal('training_requested'),
    teamId: z.uuid(),
    sessionId: z.uuid(),
    trainingTitle: z.string(),
    date: calendarDate(),
    teamName: z.string(),
    requestedBy: z.string(),
  }),
]);

export const notificationSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  /** The latest news it holds: later changes to the same item are bundled into it. */
  updatedAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
  content: notificationContentSchema,
});

export const notificationListSchema = z.object({
  unread: z.number().int(),
  notifications: z.array(notificationSchema),
  /** There are older ones: ask again with `before` set to the last one's `updatedAt`. */
  more: z.boolean(),
});

export const notificationListQuerySchema = z.strictObject({
  kind: z.enum(notificationKinds).optional(),
  before: z.iso.datetime().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

/** A person's mail choice per kind of notification; null follows their default. */
export const notificationPreferencesSchema = z.object({
  default: z.enum(emailNotificationChoices),
  kinds: z.record(z.enum(notificationKinds), z.enum(emailNotificationChoices).nullable()),
});

export const updateNotificationPreferencesRequestSchema = z.strictObject({
  kinds: z
    .partialRecord(z.enum(notificationKinds), z.enum(emailNotificationChoices).nullable())
    .refine((kinds) => Object.keys(kinds).length > 0, { message: 'nothing to change' }),
});

/** The one-click unsubscribe of a mail (RFC 8058): its secret, and what it stops. */
export const unsubscribeQuerySchema = z.strictObject({
  token: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum([...notificationKinds, 'digest']),
});

export const unsubscribeResultSchema = z.object({
  kind: z.enum([...notificationKinds, 'digest']),
  choice: z.literal('off'),
});

export const markNotificationsReadRequestSchema = z.strictObject({
  /** Leave out to mark every notification read. */
  ids: z.array(z.uuid()).min(1).max(100).optional(),
});

export type NotificationContent = z.infer<typeof notificationContentSchema>;
export type NotificationView = z.infer<typeof notificationSchema>;
export type NotificationList = z.infer<typeof notificationListSchema>;
export type MarkNotificationsReadRequest = z.infer<typeof markNotificationsReadRequestSchema>;
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;
export type UpdateNotificationPreferencesRequest = z.infer<
  typeof updateNotificationPreferencesRequestSchema
>;
export type UnsubscribeQuery = z.infer<typeof unsubscribeQuerySchema>;
export type UnsubscribeResult = z.infer<typeof unsubscribeResultSchema>;
