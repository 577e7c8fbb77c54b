/** Where the e2e run serves Leerruimte and the demo mailbox (`npm start` puts it at PORT + 25). */
export const appPort = Number(process.env['E2E_PORT'] ?? 3100);
export const mailboxPort = appPort + 25;
/** The demo OpenID Provider `npm start` runs (at PORT + 26) with the demo data. */
export const identityProviderPort = appPort + 26;
