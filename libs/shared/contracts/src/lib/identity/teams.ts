import { z } from 'zod';
import { emailSchema, roles } from './auth';

export const teamSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  memberCount: z.number().int().min(0),
});

export const createTeamRequestSchema = z.strictObject({
  name: z.string().trim().min(2).max(100),
});

export const teamMemberSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
});

export const changeRoleRequestSchema = z.strictObject({
  role: z.enum(roles),
});

export const auditEntrySchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  action: z.string().describe('What happened, e.g. "team.created", "member.role_changed"'),
  actorName: z.string().nullable().describe('Null when the account no longer exists'),
  targetName: z.string().nullable(),
  teamName: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export type TeamSummary = z.infer<typeof teamSummarySchema>;
export type CreateTeamRequest = z.infer<typeof createTeamRequestSchema>;
export type TeamMember = z.infer<typeof teamMemberSchema>;
export type ChangeRoleRequest = z.infer<typeof changeRoleRequestSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const organisationSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  teamCount: z.number().int().min(0),
  admins: z.array(z.string()).describe('Names of its organisation admins'),
});

/** A new organisation and the person who will manage it. */
export const createOrganisationRequestSchema = z.strictObject({
  name: z.string().trim().min(2).max(200),
  adminName: z.string().trim().min(2).max(200),
  adminEmail: emailSchema,
});

export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;
export type CreateOrganisationRequest = z.infer<typeof createOrganisationRequestSchema>;

/**
 * What a team knows is not client data, typed once by its lead: its own office address, the
 * municipality's general number, a partner's number. The privacy guard skips these.
 */
export const privacyAllowancesSchema = z.strictObject({
  fragments: z.array(z.string().trim().min(3).max(200)).max(20),
});

export type PrivacyAllowances = z.infer<typeof privacyAllowancesSchema>;
