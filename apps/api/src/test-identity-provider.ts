// Starts the test OpenID Provider (main.mjs) for integration and end-to-end tests alike.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** What the provider says about a person; the login name is their `sub`. */
export type TestClaims = Record<string, unknown>;

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Sets (or replaces) what the provider says about the person with this login name. */
  person(login: string, claims: TestClaims): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts tools/test-identity-provider (oidc-provider) as a child process, as it is ESM-only and
 * its clock may be moved: `clockOffsetSeconds` of -3600 hands out tokens that expired.
 * Jest and Playwright run from the workspace root.
 */
export async function startTestIdentityProvider(options: {
  publicUrl: string;
  clockOffsetSeconds?: number;
  port?: number;
}): Promise<TestIdentityProvider> {
  const clientId = 'leerruimte';
  const clientSecret = 'test-client-secret-of-sufficient-length';
  const child: ChildProcess = spawn(
    process.execPath,
    [join(process.cwd(), 'tools/test-identity-provider/main.mjs')],
    {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PUBLIC_URL: options.publicUrl,
        CLIENT_ID: clientId,
        CLIENT_SECRET: clientSecret,
        PORT: String(options.port ?? 0),
        CLOCK_OFFSET_SECONDS: String(options.clockOffsetSeconds ?? 0),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // Its warnings about development keys and interactions are what a test provider is.
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
    if (!line.startsWith('oidc-provider WARNING')) console.error(`[identity provider] ${line}`);
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The test identity provider exited (${code})`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (line.startsWith('issuer ')) resolve(line.slice('issuer '.length));
    });
  });
  return {
    issuer,
    clientId,
    clientSecret,
    async person(login, claims) {
      const response = await fetch(`${issuer}/_test/people/${encodeURIComponent(login)}`, {
        method: 'PUT',
        body: JSON.stringify(claims),
      });
      if (!response.ok) throw new Error(`Could not set ${login}: ${response.status}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
