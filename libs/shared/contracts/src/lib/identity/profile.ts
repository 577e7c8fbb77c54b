import { z } from 'zod';
import { locales } from '../i18n/locale';
import { emailNotificationChoices } from './auth';
import { reauthenticationSchema } from './two-factor';
import { registrationSchema } from '../learning/certificates';

export const updateProfileRequestSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(200).optional(),
    locale: z.enum(locales).optional(),
    emailNotifications: z.enum(emailNotificationChoices).optional(),
    /** The team to start in next time (one of my teams), or null for the first one. */
    preferredTeamId: z.uuid().nullable().optional(),
    /** The register and number for the leerverslag, or null to forget them. */
    registration: registrationSchema.nullable().optional(),
  })
  .refine((request) => Object.values(request).some((value) => value !== undefined), {
    message: 'nothing to change',
  });

/** Changing the password asks for the current one again, and the 2FA code when it is on. */
export const changePasswordRequestSchema = reauthenticationSchema.extend({
  newPassword: z.string().min(1).max(128),
});

export const deleteAccountRequestSchema = reauthenticationSchema;

export type UpdateProfileRequest = z.infer<typeof updateProfileRequestSchema>;
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
export type DeleteAccountRequest = z.infer<typeof deleteAccountRequestSchema>;

/**
 * What the privacy guard needs to know about the person writing, the same in the browser as in
 * the API: their colleagues' names (not residents) and fragments their team allows.
 */
export const clientDataContextSchema = z.object({
  skipNames: z.array(z.string()),
  allow: z.array(z.string()),
});

export type ClientDataContextView = z.infer<typeof clientDataContextSchema>;
