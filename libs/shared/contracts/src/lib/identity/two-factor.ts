import { z } from 'zod';
import { currentUserSchema } from './auth';

/** A code from an authenticator app (six digits) or one of the recovery codes (xxxx-xxxx). */
export const twoFactorCodeSchema = z
  .string()
  .trim()
  .regex(/^(\d{6}|[a-z0-9]{4}-?[a-z0-9]{4})$/i);

export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/);

/** The password checked, but the account also needs its second factor before a session starts. */
export const twoFactorChallengeSchema = z.object({
  twoFactorRequired: z.literal(true),
  challenge: z.string(),
});

export const loginResponseSchema = z.union([currentUserSchema, twoFactorChallengeSchema]);

export const twoFactorLoginRequestSchema = z.strictObject({
  challenge: z.string().min(1).max(100),
  code: twoFactorCodeSchema,
});

/** Asking again who you are, before changing the password, 2FA or removing the account. */
export const reauthenticationSchema = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  /** Required when the account has two-factor authentication on. */
  twoFactorCode: twoFactorCodeSchema.optional(),
});

export const twoFactorSetupSchema = z.object({
  /** Base32, for typing into an app that cannot scan the QR code. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** The otpauth URI as a QR code, an SVG data URL. */
  qrCode: z.string(),
});

export const enableTwoFactorRequestSchema = z.strictObject({ code: totpCodeSchema });

export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export type TwoFactorChallenge = z.infer<typeof twoFactorChallengeSchema>;
export type LoginResponse = z.infer<typeof loginResponseSchema>;
export type TwoFactorLoginRequest = z.infer<typeof twoFactorLoginRequestSchema>;
export type ReauthenticationRequest = z.infer<typeof reauthenticationSchema>;
export type TwoFactorSetup = z.infer<typeof twoFactorSetupSchema>;
export type EnableTwoFactorRequest = z.infer<typeof enableTwoFactorRequestSchema>;
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;
