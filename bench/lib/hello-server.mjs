// The floor bench:api compares against: the Fastify the API runs on, one route, nothing else.
// Run as its own process (port as the argument), so it has a core to itself as the API does.
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
// A body of n random (incompressible) bytes: the floor for an answer as large as another's.
const bodies = new Map();
app.get('/bytes/:n', async (request, reply) => {
  const n = Math.min(Number(request.params.n) || 0, 10_000_000);
  if (!bodies.has(n)) bodies.set(n, randomBytes(n));
  return reply.type('application/octet-stream').send(bodies.get(n));
});
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
