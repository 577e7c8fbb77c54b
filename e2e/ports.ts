/** Where the e2e run serves Leerruimte and the demo mailbox (`npm start` puts it at PORT + 25). */
export const appPort = Number(process.env['E2E_PORT'] ?? 3100);
export const mailboxPort = appPort + 25;
/** The test OpenID Provider (tools/test-identity-provider) that single sign-on signs in at. */
export const identityProviderPort = appPort + 26;
