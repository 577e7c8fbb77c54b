import { z } from 'zod';
import { confirmedNotClientData, freeText } from '../board/text';
import { cardSchema } from './content';
import { practiceThemes } from './themes';

export const teamCardStatuses = ['proposed', 'approved'] as const;

/**
 * A team's own denk- en doekaartje, in the form of the library's ten: the team sees it once its
 * lead approved it; until then only its author and the lead do.
 */
export const teamCardSchema = cardSchema.extend({
  id: z.uuid(),
  status: z.enum(teamCardStatuses),
  author: z.string().nullable(),
  /** The person asking wrote it. */
  mine: z.boolean(),
  createdAt: z.iso.datetime(),
});

export const createTeamCardRequestSchema = z.strictObject({
  title: freeText(2, 80),
  question: freeText(5, 400),
  task: freeText(5, 600).optional(),
  theme: z.enum(practiceThemes),
  /** When in daily practice the card helps: one to six moments. */
  moments: z.array(freeText(3, 150)).min(1).max(6),
  confirmedNotClientData,
});

export type TeamCard = z.infer<typeof teamCardSchema>;
export type CreateTeamCardRequest = z.infer<typeof createTeamCardRequestSchema>;
