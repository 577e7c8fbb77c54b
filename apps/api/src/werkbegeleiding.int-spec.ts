import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import type { Werkbegeleiding } from '@leerruimte/shared-contracts';
import { type World, buildWorld, createTestHttpApp } from './test-world';

/** A professional records werkbegeleiding; it counts as reflection in their leerverslag. */
describe('werkbegeleiding in the leerverslag', () => {
  let app: NestFastifyApplication;
  let world: World;
  const day = (days: number) =>
    DateTime.now().setZone('Europe/Amsterdam').plus({ days }).toISODate() as string;
  const url = '/api/learning/me/werkbegeleiding';
  const record = (as: 'professional' | 'teamLead', payload: object) =>
    world.request(as, { method: 'POST', url, payload });

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  it('keeps a meeting with its date, length, supervisor and topic, and lists it as reflection', async () => {
    const recorded = await record('professional', {
      heldOn: day(-3),
      minutes: 60,
      supervisor: 'Marieke de Boer',
      topic: 'Grenzen stellen bij hulpvragen',
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json<Werkbegeleiding>()).toMatchObject({
      heldOn: day(-3),
      minutes: 60,
      supervisor: 'Marieke de Boer',
    });

    const mine = await world.request('professional', { method: 'GET', url });
    expect(mine.json<Werkbegeleiding[]>().map((meeting) => meeting.topic)).toEqual([
      'Grenzen stellen bij hulpvragen',
    ]);
    expect((await world.request('teamLead', { method: 'GET', url })).json()).toEqual([]);
    const csv = await world.request('professional', {
      method: 'GET',
      url: `/api/learning/me/leerverslag?from=${day(-30)}&to=${day(0)}&format=csv`,
    });
    expect(csv.body).toContain(
      `"${day(-3)}";"werkbegeleiding";"reflectie";"Werkbegeleiding: Grenzen stellen bij hulpvragen — Marieke de Boer";"60"`,
    );
  });

  it('refuses a future date, a wrong length and client data in the topic, naming each field', async () => {
    const refused = await record('professional', {
      heldOn: day(2),
      minutes: 1,
      supervisor: 'M',
    });
    expect(refused.statusCode).toBe(400);
    expect(
      refused
        .json()
        .fields.map((field: { field: string }) => field.field)
        .sort(),
    ).toEqual(['minutes', 'supervisor']);
    const future = await record('professional', {
      heldOn: day(2),
      minutes: 60,
      supervisor: 'Marieke de Boer',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().fields[0]).toMatchObject({ field: 'heldOn', code: 'in_the_future' });
    const clientData = await record('professional', {
      heldOn: day(-1),
      minutes: 45,
      supervisor: 'Marieke de Boer',
      topic: 'Mevrouw met BSN 123456782',
    });
    expect(clientData.statusCode).toBe(422);
    expect(clientData.json().fields[0]).toMatchObject({ field: 'topic' });
    expect((await world.request('professional', { method: 'GET', url })).json()).toEqual([]);
  });

  it('lets only its author remove a meeting', async () => {
    const { id } = (
      await record('professional', { heldOn: day(-1), minutes: 30, supervisor: 'Marieke de Boer' })
    ).json<Werkbegeleiding>();

    const byOther = await world.request('teamLead', { method: 'DELETE', url: `${url}/${id}` });
    expect(byOther.statusCode).toBe(404);
    const byAuthor = await world.request('professional', { method: 'DELETE', url: `${url}/${id}` });
    expect(byAuthor.statusCode).toBe(204);
    expect((await world.request('professional', { method: 'GET', url })).json()).toEqual([]);
  });
});
