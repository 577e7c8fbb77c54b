import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Notifier } from '@leerruimte/api-notifications';
import { SESSION_COOKIE, SessionService } from '@leerruimte/api-identity';
import { type World, buildWorld, createTestHttpApp } from './test-world';

/** The live notification stream, over a real connection (it never ends by itself). */
describe('the notification stream', () => {
  let app: NestFastifyApplication;
  let world: World;
  let base: string;

  beforeAll(async () => {
    app = await createTestHttpApp();
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  async function openStream(cookie?: string) {
    const controller = new AbortController();
    const response = await fetch(`${base}/api/me/notifications/stream`, {
      headers: cookie ? { cookie } : {},
      signal: controller.signal,
    });
    return { response, close: () => controller.abort() };
  }

  it('turns away someone who is not logged in', async () => {
    const { response, close } = await openStream();
    expect(response.status).toBe(401);
    close();
  });

  it("tells a person's open app when they have news, and nobody else", async () => {
    const session = await app.get(SessionService).start(world.users.professional, {});
    const { response, close } = await openStream(`${SESSION_COOKIE}=${session.token}`);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const read = async () => decoder.decode((await reader.read()).value);
    expect(await read()).toContain(': verbonden');

    await app.get(Notifier).announce([world.users.teamLead]);
    await app.get(Notifier).announce([world.users.professional]);

    expect(await read()).toBe('event: notifications\ndata: {}\n\n');
    close();
  });
});
