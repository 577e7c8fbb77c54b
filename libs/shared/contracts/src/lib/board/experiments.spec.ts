import { type ExperimentStatus, experimentStatuses } from './experiment-statuses';
import {
  type ExperimentRole,
  createExperimentRequestSchema,
  mayEvaluateExperiment,
  nextExperimentStatuses,
} from './experiments';

describe(nextExperimentStatuses.name, () => {
  it.each<[ExperimentRole, ExperimentStatus, ExperimentStatus[]]>([
    ['owner', 'idea', ['planned', 'stopped']],
    ['participant', 'idea', ['planned']],
    ['lead', 'planned', ['idea', 'running', 'stopped']],
    ['participant', 'planned', ['idea', 'running']],
    ['participant', 'running', ['evaluating']],
    ['owner', 'evaluating', ['running']],
    ['member', 'idea', []],
    ['member', 'running', []],
  ])('a %s may move an experiment from %s to %j', (role, from, to) => {
    expect(nextExperimentStatuses(role, from)).toEqual(to);
  });

  it('never moves an experiment on after its decision, nor skips the evaluation', () => {
    for (const role of ['lead', 'owner', 'participant', 'member'] as const) {
      for (const decided of ['adopted', 'adapted', 'stopped'] as const) {
        expect(nextExperimentStatuses(role, decided)).toEqual([]);
      }
      for (const from of experimentStatuses) {
        const next = nextExperimentStatuses(role, from);
        expect(next).not.toContain('adopted');
        expect(next).not.toContain('adapted');
      }
    }
  });
});

describe(mayEvaluateExperiment.name, () => {
  it('lets the lead or the owner decide, and only while evaluating', () => {
    expect(mayEvaluateExperiment('lead', 'evaluating')).toBe(true);
    expect(mayEvaluateExperiment('owner', 'evaluating')).toBe(true);
    expect(mayEvaluateExperiment('participant', 'evaluating')).toBe(false);
    expect(mayEvaluateExperiment('member', 'evaluating')).toBe(false);
    expect(mayEvaluateExperiment('lead', 'running')).toBe(false);
    expect(mayEvaluateExperiment('lead', 'adopted')).toBe(false);
  });
});

describe('createExperimentRequestSchema', () => {
  const plan = {
    title: 'Huisbezoek eerst',
    intendedEffect: 'Sneller contact',
    whatWeTry: 'Eerst langs',
  };

  it('fills in what may be left out', () => {
    expect(createExperimentRequestSchema.parse(plan)).toMatchObject({
      situation: '',
      prediction: '',
      participantIds: [],
    });
  });

  it('refuses an end date before the start date, on the end date', () => {
    const result = createExperimentRequestSchema.safeParse({
      ...plan,
      startDate: '2026-12-01',
      endDate: '2026-11-30',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['endDate']);
  });

  it('refuses control characters but keeps line breaks and HTML as typed', () => {
    expect(
      createExperimentRequestSchema.safeParse({ ...plan, situation: 'Regel\u0007een' }).success,
    ).toBe(false);
    expect(
      createExperimentRequestSchema.parse({ ...plan, situation: 'Twee\nregels <b>vet</b>' })
        .situation,
    ).toBe('Twee\nregels <b>vet</b>');
  });
});
