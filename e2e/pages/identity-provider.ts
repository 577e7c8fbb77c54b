import { identityProviderPort } from '../ports';

/**
 * The demo organisation's OpenID Provider that `npm start` runs beside Leerruimte
 * (tools/test-identity-provider): its issuer, its client for Leerruimte, and what it says about
 * a person who signs in there.
 */
export const identityProvider = {
  issuer: `http://127.0.0.1:${identityProviderPort}`,
  clientId: 'leerruimte',
  clientSecret: 'demo-client-secret-of-sufficient-length',

  async person(login: string, claims: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${this.issuer}/_test/people/${encodeURIComponent(login)}`, {
      method: 'PUT',
      body: JSON.stringify(claims),
    });
    if (!response.ok) throw new Error(`The provider did not take ${login}: ${response.status}`);
  },
};
