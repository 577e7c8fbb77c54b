import { z } from 'zod';
import { emailSchema, roles } from './auth';

export const inviteRequestSchema = z.strictObject({
  email: emailSchema,
  role: z.enum(roles),
});

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(roles),
  invitedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  expired: z.boolean(),
});

export const invitationPreviewSchema = z.object({
  email: z.string(),
  teamName: z.string(),
  organisationName: z.string(),
  accountExists: z.boolean().describe('Accept by logging in instead of creating an account'),
  /**
   * The address signs in through the organisation's provider: doing so accepts the invitation.
   * With `required`, no password account can be made for it.
   */
  sso: z.object({ organisationName: z.string(), required: z.boolean() }).nullable(),
});

/** Name and password are required when the invited address has no account yet. */
export const acceptInvitationRequestSchema = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  password: z.string().max(128).optional(),
});

/** What the outbox shows instead of a secret in a link (an invitation or reset token). */
export const HIDDEN_LINK_SECRET = '[verborgen]';

export const outboxMessageSchema = z.object({
  id: z.uuid(),
  recipient: z.string(),
  subject: z.string(),
  /**
   * Null when a mail server delivers the platform's mail: its links sign people in (invitations,
   * password resets), so only the recipient reads them. Without one, the text with each such
   * secret replaced by HIDDEN_LINK_SECRET.
   */
  text: z.string().nullable(),
  status: z.enum(['stored', 'queued', 'sent', 'failed']),
  createdAt: z.iso.datetime(),
});

export type InviteRequest = z.infer<typeof inviteRequestSchema>;
export type InvitationView = z.infer<typeof invitationSchema>;
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;
export type OutboxMessageView = z.infer<typeof outboxMessageSchema>;
