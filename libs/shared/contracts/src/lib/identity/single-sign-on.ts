import { z } from 'zod';
import { emailSchema } from './auth';

/** What the login page asks once the address is typed: the answer depends on the domain alone. */
export const signInMethodRequestSchema = z.strictObject({ email: emailSchema });

export const signInMethodSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('password') }),
  z.object({
    method: z.literal('sso'),
    organisationName: z.string(),
    /** No password login for this address: only the organisation's account. */
    required: z.boolean(),
  }),
]);

/** A host name such as `gemeente.nl`: what an e-mail address ends with after the @. */
export const emailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .refine((name) => /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(name), {
    params: { reason: 'not_a_domain' },
  });

export const ssoSettingsRequestSchema = z.strictObject({
  /** The provider's issuer; for Entra ID `https://login.microsoftonline.com/{tenant id}/v2.0`. */
  issuer: z.url({ protocol: /^https?$/ }).max(500),
  clientId: z.string().trim().min(1).max(200),
  /** Left out to keep the stored secret. */
  clientSecret: z.string().min(1).max(1000).optional(),
  /** Entra ID's directory (tenant) id; read from an Entra issuer when left out. */
  tenantId: z.string().trim().min(1).max(64).nullable().optional(),
  required: z.boolean(),
  domains: z.array(emailDomainSchema).min(1).max(20),
});

export const ssoDomainSchema = z.object({
  domain: z.string(),
  verifiedAt: z.iso.datetime({ offset: true }).nullable(),
  /** The DNS TXT record that proves the organisation owns the domain. */
  txtRecord: z.object({ name: z.string(), value: z.string() }),
});

export const ssoSettingsSchema = z.object({
  connection: z
    .object({
      issuer: z.string(),
      clientId: z.string(),
      tenantId: z.string().nullable(),
      required: z.boolean(),
      domains: z.array(ssoDomainSchema),
    })
    .nullable(),
  /** What to register at the provider as the redirect URI. */
  redirectUri: z.url(),
  /** What to register at the provider as the address after signing out there. */
  postLogoutRedirectUri: z.url(),
});

/** A sign-in that may only link to an existing account once its owner gives their password. */
export const pendingSsoLinkSchema = z.object({
  email: z.string(),
  organisationName: z.string(),
});

export const confirmSsoLinkRequestSchema = z.strictObject({
  password: z.string().min(1).max(128),
});

/** The code from the mailed link (`?bevestiging=`), which proves the address is the owner's. */
export const confirmSsoLinkByMailRequestSchema = z.strictObject({
  code: z.string().min(20).max(100),
});

/** After logging out: where the browser goes to sign out at the provider too, if anywhere. */
export const logoutResultSchema = z.object({ providerLogoutUrl: z.url().nullable() });

export type SignInMethodRequest = z.infer<typeof signInMethodRequestSchema>;
export type SignInMethod = z.infer<typeof signInMethodSchema>;
export type SsoSettingsRequest = z.infer<typeof ssoSettingsRequestSchema>;
export type SsoSettings = z.infer<typeof ssoSettingsSchema>;
export type SsoDomain = z.infer<typeof ssoDomainSchema>;
export type PendingSsoLink = z.infer<typeof pendingSsoLinkSchema>;
export type ConfirmSsoLinkRequest = z.infer<typeof confirmSsoLinkRequestSchema>;
export type ConfirmSsoLinkByMailRequest = z.infer<typeof confirmSsoLinkByMailRequestSchema>;
export type LogoutResult = z.infer<typeof logoutResultSchema>;

/** Why a sign-in through the provider did not end in a session; the login page explains each. */
export const ssoFailures = [
  'cancelled',
  'expired',
  'provider_unreachable',
  'token_rejected',
  'wrong_tenant',
  'no_email',
  'domain_not_allowed',
] as const;
export type SsoFailure = (typeof ssoFailures)[number];

/** Leaving for the provider: the address decides which one, `terug` where to land afterwards. */
export const ssoStartQuerySchema = z.strictObject({
  email: emailSchema,
  terug: z.string().max(2000).optional(),
});
export type SsoStartQuery = z.infer<typeof ssoStartQuerySchema>;
