// The floor bench:api compares against: the Fastify the API runs on, one route, nothing else.
// Run as its own process (port as the argument), so it has a core to itself as the API does.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
