import { z } from 'zod';
import { locales } from '../i18n/locale';

export const updateProfileRequestSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(200).optional(),
    locale: z.enum(locales).optional(),
  })
  .refine((request) => request.name !== undefined || request.locale !== undefined, {
    message: 'nothing to change',
  });

/** Changing the password asks for the current one again (re-authentication). */
export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(128),
});

export const deleteAccountRequestSchema = z.strictObject({
  password: z.string().min(1).max(128),
});

export type UpdateProfileRequest = z.infer<typeof updateProfileRequestSchema>;
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
export type DeleteAccountRequest = z.infer<typeof deleteAccountRequestSchema>;
