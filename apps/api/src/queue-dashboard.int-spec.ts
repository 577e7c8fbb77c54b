import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { QueueName } from '@leerruimte/api-infrastructure';
import { type World, buildWorld, createTestHttpApp } from './test-world';

describe('the queue dashboard', () => {
  let app: NestFastifyApplication;
  let world: World;

  beforeAll(async () => {
    app = await createTestHttpApp();
    world = await buildWorld(app);
    // The world's organisation admin has 2FA on; make her platform admin too.
    await app
      .get(DataSource)
      .query(`UPDATE app_user SET platform_admin = true WHERE id = $1`, [
        world.users.organisationAdmin,
      ]);
  });

  afterAll(() => app.close());

  it('is for platform admins only', async () => {
    const get = (as: 'anonymous' | 'professional' | 'organisationAdmin', url: string) =>
      world.request(as, { method: 'GET', url });

    expect((await get('anonymous', '/api/admin/queues')).statusCode).toBe(401);
    const professional = await get('professional', '/api/admin/queues/api/queues');
    expect(professional.statusCode).toBe(403);
    expect(professional.json().code).toBe('forbidden');

    const page = await get('organisationAdmin', '/api/admin/queues');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    // Nothing is loaded from elsewhere, and only Leerruimte itself may frame it.
    expect(page.body).not.toMatch(/(src|href)="https?:\/\//);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    const queues = await get('organisationAdmin', '/api/admin/queues/api/queues');
    expect(queues.statusCode).toBe(200);
    expect(
      (queues.json().queues as Array<{ name: string }>).map((queue) => queue.name).sort(),
    ).toEqual(Object.values(QueueName).sort());
  });

  it('changes jobs only for a request from its own page (the CSRF rule of the API)', async () => {
    const clean = `/api/admin/queues/api/queues/${QueueName.Platform}/clean/completed`;
    const put = (headers: Record<string, string>) =>
      world.request('organisationAdmin', { method: 'PUT', url: clean, headers });

    const forged = await put({ 'x-csrf-token': 'van-een-andere-site' });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('csrf_failed');
    const fromItsPage = await put({
      'x-csrf-token': 'van-een-andere-site',
      'sec-fetch-site': 'same-origin',
    });
    expect(fromItsPage.statusCode).toBe(200);
    expect((await put({})).statusCode).toBe(200);
  });
});
