import { caseDiscussionRequestSchema } from './cases';

describe('caseDiscussionRequestSchema', () => {
  const discussion = {
    method: 'incident_method',
    heldOn: '2026-11-20',
    steps: [{ step: 'incident', notes: 'Kort verteld' }],
    outcome: 'We bellen voortaan eerst.',
  };

  it('accepts the steps of the chosen method', () => {
    expect(caseDiscussionRequestSchema.safeParse(discussion).success).toBe(true);
  });

  it('names a step that is not part of the method', () => {
    const result = caseDiscussionRequestSchema.safeParse({
      ...discussion,
      method: 'gossip_method',
      steps: [
        { step: 'case', notes: '' },
        { step: 'core_question', notes: 'x' },
      ],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['steps.1.step']);
  });
});
