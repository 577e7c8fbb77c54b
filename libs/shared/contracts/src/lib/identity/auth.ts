import { z } from 'zod';
import { locales } from '../i18n/locale';
import { registrationSchema } from '../learning/certificates';

export const roles = ['professional', 'team_lead'] as const;
export type TeamRole = (typeof roles)[number];

/** How someone wants e-mail about prompts and activity: each one, one a day, or none. */
export const emailNotificationChoices = ['each', 'daily_digest', 'off'] as const;
export type EmailNotificationChoice = (typeof emailNotificationChoices)[number];

export const emailSchema = z.email().max(254);

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  // Not the password rules: an old password must still be able to log in.
  password: z.string().min(1).max(128),
});

export const currentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(locales),
  platformAdmin: z.boolean(),
  emailNotifications: z.enum(emailNotificationChoices),
  /** The team last chosen in the team picker, when the person is still in it. */
  preferredTeamId: z.uuid().nullable(),
  /** The professional register the person is in (Registerplein, SKJ), for the leerverslag. */
  registration: registrationSchema.nullable(),
  twoFactor: z.object({
    enabled: z.boolean(),
    /** Organisation and platform admins need it for their admin work. */
    required: z.boolean(),
    recoveryCodesLeft: z.number().int(),
  }),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string(), admin: z.boolean() })),
  teams: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      organisationId: z.uuid(),
      organisationName: z.string(),
      role: z.enum(roles),
    }),
  ),
});

/** Who is logged in on this browser, if anyone: asking is not an error for a visitor. */
export const sessionSchema = z.object({
  user: currentUserSchema.nullable(),
  /** The organisation whose provider this session came through, if any: it can sign out there too. */
  signedInThrough: z.string().nullable(),
});

export type LoginRequest = z.infer<typeof loginRequestSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });

/** Asks for a link that lets the person log in on this device while failures make others wait. */
export const unlockLinkRequestSchema = z.strictObject({ email: emailSchema });

export const newPasswordRequestSchema = z.strictObject({
  password: z.string().min(1).max(128),
});

export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;
export type UnlockLinkRequest = z.infer<typeof unlockLinkRequestSchema>;
export type NewPasswordRequest = z.infer<typeof newPasswordRequestSchema>;
