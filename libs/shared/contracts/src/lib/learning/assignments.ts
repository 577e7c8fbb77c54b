import { z } from 'zod';
import { slugSchema } from './content';
import { moduleProgressSchema } from './learning';
import { calendarDate } from '../dates';

export const createAssignmentRequestSchema = z.strictObject({
  moduleSlug: slugSchema,
  /** Some members of the team; leave it out to assign the module to everyone in the team. */
  memberIds: z.array(z.uuid()).min(1).max(200).optional(),
  /** A date (YYYY-MM-DD), today or later. */
  dueDate: calendarDate().optional(),
});

export const assignmentSchema = z.object({
  id: z.uuid(),
  module: z.object({
    slug: z.string(),
    title: z.string(),
    lessonCount: z.number().int(),
    estimatedMinutes: z.number().int(),
  }),
  dueDate: calendarDate().nullable(),
  wholeTeam: z.boolean(),
  assignedBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  /** Each assignee's progress on the module; never their journal answers. */
  members: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      progress: moduleProgressSchema,
    }),
  ),
});

/** A team leader's overview: every member's modules and learning time; never journal answers. */
export const teamProgressSchema = z.object({
  members: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      minutesLearned: z.number().int(),
      modules: z.array(
        z.object({
          slug: z.string(),
          title: z.string(),
          lessonCount: z.number().int(),
          progress: moduleProgressSchema,
        }),
      ),
    }),
  ),
});

export type TeamProgress = z.infer<typeof teamProgressSchema>;
export type CreateAssignmentRequest = z.infer<typeof createAssignmentRequestSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
