import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import type { CaseDetail } from '@leerruimte/shared-contracts';
import { type World, buildWorld, createTestHttpApp } from './test-world';

const NOTES = 'De inbrenger stopte bij het moment van besluiten.';
const OUTCOME = 'We vragen eerst wat de inwoner zelf al probeerde.';

/** A case discussion held as intervisie counts as reflection in each participant's leerverslag. */
describe('intervisie in the leerverslag', () => {
  let app: NestFastifyApplication;
  let world: World;
  const today = () => DateTime.now().setZone('Europe/Amsterdam').toISODate() as string;
  const leerverslag = async (as: 'professional' | 'teamLead') => {
    const from = DateTime.now().setZone('Europe/Amsterdam').minus({ days: 30 }).toISODate();
    const response = await world.request(as, {
      method: 'GET',
      url: `/api/learning/me/leerverslag?from=${from}&to=${today()}&format=csv`,
    });
    expect(response.statusCode).toBe(200);
    return response.body;
  };

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  async function caseWithDiscussion(body: object) {
    const created = await world.request('professional', {
      method: 'POST',
      url: `/api/teams/${world.team}/cases`,
      payload: { title: 'Wachten op de indicatie', description: 'Een gezin wacht al weken.' },
    });
    const caseId = created.json<CaseDetail>().id;
    return world.request('professional', {
      method: 'POST',
      url: `/api/teams/${world.team}/cases/${caseId}/discussions`,
      payload: {
        method: 'incident_method',
        heldOn: today(),
        steps: [{ step: 'incident', notes: NOTES }],
        outcome: OUTCOME,
        ...body,
      },
    });
  }

  it('lists it for who took part, with its date, length and topic, never its text', async () => {
    const recorded = await caseWithDiscussion({
      participantIds: [world.users.professional],
      minutes: 90,
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json<CaseDetail>().discussions[0]).toMatchObject({
      minutes: 90,
      participants: [{ userId: world.users.professional }],
    });

    const mine = await leerverslag('professional');
    expect(mine).toContain(
      `"${today()}";"reflectie";"reflectie";"Intervisie over de casus Wachten op de indicatie";"90"`,
    );
    expect(mine).not.toContain(NOTES);
    expect(mine).not.toContain(OUTCOME);
    expect(mine).not.toContain('Een gezin wacht');
    expect(await leerverslag('teamLead')).not.toContain('Intervisie');
  });

  it('does not count a discussion without a length, and refuses a participant from elsewhere', async () => {
    await caseWithDiscussion({ participantIds: [world.users.professional] });
    expect(await leerverslag('professional')).not.toContain('Intervisie');

    const refused = await caseWithDiscussion({
      participantIds: [world.users.otherOrganisation],
      minutes: 60,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields).toEqual([
      expect.objectContaining({ field: 'participantIds.0', code: 'not_in_team' }),
    ]);
  });
});
