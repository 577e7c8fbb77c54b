// A real OpenID Provider for Leerruimte's tests and end-to-end tests: oidc-provider, the certified
// Node implementation, with one client whose redirect URI is Leerruimte's callback and its
// development login page, where any login name signs in as the person with that key (the
// password is not checked). Each person's claims are set by the test through
// PUT /_test/people/:login. CLOCK_OFFSET_SECONDS moves this process's clock, so a test can be
// handed a token that expired. It prints `issuer <url>` once it listens.
import { createServer } from 'node:http';

const offsetMs = Number(process.env.CLOCK_OFFSET_SECONDS ?? 0) * 1000;
if (offsetMs !== 0) {
  const realNow = Date.now;
  Date.now = () => realNow() + offsetMs;
}
const { default: Provider } = await import('oidc-provider');

const publicUrl = process.env.PUBLIC_URL ?? 'http://localhost:3000';
const clientId = process.env.CLIENT_ID ?? 'leerruimte';
const clientSecret = process.env.CLIENT_SECRET ?? 'test-client-secret-of-sufficient-length';
const people = new Map();

const server = createServer();
await new Promise((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [new URL('/api/auth/sso/callback', publicUrl).href],
      post_logout_redirect_uris: [new URL('/inloggen', publicUrl).href],
      response_types: ['code'],
      grant_types: ['authorization_code'],
    },
    // Another application at the same provider: its codes are not Leerruimte's.
    {
      client_id: 'another-application',
      client_secret: 'another-application-secret-of-sufficient-length',
      redirect_uris: [new URL('/api/auth/sso/callback', publicUrl).href],
      response_types: ['code'],
      grant_types: ['authorization_code'],
    },
  ],
  // Entra ID's tenant and object ids travel with the openid scope.
  claims: {
    openid: ['sub', 'tid', 'oid'],
    email: ['email', 'email_verified', 'xms_edov'],
    profile: ['name'],
  },
  // As Entra ID does: the person's claims are in the ID token itself.
  conformIdTokenClaims: false,
  findAccount: (_context, sub) => {
    const claims = people.get(sub);
    return claims ? { accountId: sub, claims: () => ({ ...claims, sub }) } : undefined;
  },
  // The organisation's own application: consent was given when it was set up.
  loadExistingGrant: async ({ oidc }) => {
    if (!oidc.client || !oidc.session?.accountId) return undefined;
    const grantId = oidc.session.grantIdFor(oidc.client.clientId);
    if (grantId) return oidc.provider.Grant.find(grantId);
    const grant = new oidc.provider.Grant({
      clientId: oidc.client.clientId,
      accountId: oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    oidc.session.grantIdFor(oidc.client.clientId, grant.jti);
    return grant;
  },
  pkce: { required: () => true },
  ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  cookies: { keys: ['leerruimte-test-identity-provider'] },
});

const handle = provider.callback();
server.on('request', (request, response) => {
  const match = /^\/_test\/people\/([^/?]+)$/.exec(request.url ?? '');
  if (request.method === 'PUT' && match) {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      people.set(decodeURIComponent(match[1]), JSON.parse(body));
      response.writeHead(204).end();
    });
    return;
  }
  handle(request, response);
});

process.stdout.write(`issuer ${issuer}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
