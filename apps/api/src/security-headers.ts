import type { FastifyInstance } from 'fastify';

/**
 * Headers on every response. No page of Leerruimte may be framed (clickjacking), no response
 * read as another type than it says, no address sent along to other sites, and over https the
 * browser keeps to https. An API response the route does not cache itself is never stored:
 * most are one person's data, and a shared computer's browser cache must not keep them.
 */
export function addSecurityHeaders(fastify: FastifyInstance, publicUrl: string): void {
  const https = publicUrl.startsWith('https://');
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('referrer-policy', 'same-origin');
    if (!reply.hasHeader('content-security-policy')) {
      void reply.header('content-security-policy', "frame-ancestors 'none'");
    }
    if (https) {
      void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
    if (request.url.startsWith('/api') && !reply.hasHeader('cache-control')) {
      void reply.header('cache-control', 'no-store');
    }
  });
}
