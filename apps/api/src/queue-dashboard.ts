import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { JobQueue, selectRow } from '@leerruimte/api-infrastructure';
import { SESSION_COOKIE, SessionService, csrfMatches } from '@leerruimte/api-identity';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';

/**
 * Bull Board's page asks Google for its fonts. Leerruimte does not send its admins' visits to
 * third parties, so the link goes, and the policy keeps every resource on our own address; the
 * page may be framed only by Leerruimte itself (the "Wachtrijen" page).
 */
const EXTERNAL_STYLESHEET = /<link\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g;
const DASHBOARD_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-ancestors 'self'",
].join('; ');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Platform admins with 2FA on, the same rule the AuthorizationGuard applies to admin routes. */
async function refuse(
  app: NestFastifyApplication,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  const session = token ? await app.get(SessionService).resolve(token) : undefined;
  const user = session
    ? await selectRow(
        app.get(DataSource),
        z.object({ allowed: z.boolean() }),
        `SELECT platform_admin AND two_factor_enabled_at IS NOT NULL AS allowed
           FROM app_user WHERE id = $1`,
        [session.userId],
      )
    : undefined;
  if (user?.allowed) {
    // Retrying, promoting or cleaning jobs changes state: the same CSRF rule as the API. Bull
    // Board's own page cannot send our header, but its requests come from our own origin.
    const sameSite = request.headers['sec-fetch-site'] === 'same-origin';
    if (SAFE_METHODS.has(request.method) || sameSite || csrfMatches(request)) return;
    await reply.code(403).send({
      code: 'csrf_failed',
      message:
        'Dit verzoek kon niet worden gecontroleerd. Vernieuw de pagina en probeer het opnieuw.',
      correlationId: request.id,
    });
    return;
  }
  const [status, code, message] = session
    ? [403, 'forbidden', 'Je hebt geen toegang tot dit onderdeel.']
    : [401, 'unauthenticated', 'Je bent niet (meer) ingelogd. Log in om verder te gaan.'];
  await reply.code(status).send({ code, message, correlationId: request.id });
}

/**
 * Bull Board, for platform admins: every queue with its waiting, delayed, failed and done jobs.
 * It is a Fastify plugin outside Nest's routing, so it gets its own access check.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: app
      .get(JobQueue)
      .allQueues()
      .map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Leerruimte' } },
  });
  await app
    .getHttpAdapter()
    .getInstance()
    .register(async (scope) => {
      scope.addHook('onRequest', (request, reply) => refuse(app, request, reply));
      scope.addHook('onSend', async (_request, reply, payload) => {
        void reply.header('content-security-policy', DASHBOARD_POLICY);
        const html = String(reply.getHeader('content-type') ?? '').startsWith('text/html');
        return html && typeof payload === 'string'
          ? payload.replace(EXTERNAL_STYLESHEET, '')
          : payload;
      });
      await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
    });
}
