import Fastify from 'fastify';
import { addSecurityHeaders } from './security-headers';

describe('security headers', () => {
  async function server(publicUrl: string) {
    const fastify = Fastify();
    addSecurityHeaders(fastify, publicUrl);
    fastify.get('/api/me', async () => ({ name: 'Ada' }));
    fastify.get('/api/feed', async (_request, reply) =>
      reply.header('cache-control', 'private, max-age=300').send('feed'),
    );
    fastify.get('/leren', async (_request, reply) => reply.type('text/html').send('<html></html>'));
    await fastify.ready();
    return fastify;
  }

  it('forbids framing, sniffing and sending the address along, on pages and API alike', async () => {
    const fastify = await server('http://localhost:3000');
    for (const url of ['/api/me', '/leren']) {
      const response = await fastify.inject({ method: 'GET', url });
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'same-origin',
        'content-security-policy': "frame-ancestors 'none'",
      });
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
    await fastify.close();
  });

  it('never lets a browser store an API answer, unless the route says how to cache it', async () => {
    const fastify = await server('http://localhost:3000');

    expect((await fastify.inject({ method: 'GET', url: '/api/me' })).headers['cache-control']).toBe(
      'no-store',
    );
    expect(
      (await fastify.inject({ method: 'GET', url: '/api/feed' })).headers['cache-control'],
    ).toBe('private, max-age=300');
    expect(
      (await fastify.inject({ method: 'GET', url: '/leren' })).headers['cache-control'],
    ).toBeUndefined();
    await fastify.close();
  });

  it('keeps the browser on https when Leerruimte is served over https', async () => {
    const fastify = await server('https://leerruimte.example');
    const response = await fastify.inject({ method: 'GET', url: '/leren' });

    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    await fastify.close();
  });
});
