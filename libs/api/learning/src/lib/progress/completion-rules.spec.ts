import type { StoredBlock } from '../content/content-tree';
import { moduleIsComplete, openChecks } from './completion-rules';

const check = (id: string): StoredBlock => ({
  kind: 'check',
  id,
  question: `Vraag ${id}?`,
  options: [
    { text: 'a', feedback: 'f', correct: true },
    { text: 'b', feedback: 'f', correct: false },
  ],
});

describe(openChecks.name, () => {
  const blocks: StoredBlock[] = [{ kind: 'text', html: '<p>x</p>' }, check('een'), check('twee')];

  it('lists every check without a right last answer', () => {
    expect(openChecks(blocks, []).map((block) => block.id)).toEqual(['een', 'twee']);
    expect(
      openChecks(blocks, [
        { block_id: 'een', correct: false },
        { block_id: 'twee', correct: true },
      ]).map((block) => block.id),
    ).toEqual(['een']);
  });

  it('is empty when every check is answered right, or the lesson has none', () => {
    const right = [
      { block_id: 'een', correct: true },
      { block_id: 'twee', correct: true },
    ];
    expect(openChecks(blocks, right)).toEqual([]);
    expect(openChecks([{ kind: 'text', html: '' }], [])).toEqual([]);
  });
});

describe(moduleIsComplete.name, () => {
  const state = {
    lessonCount: 4,
    completedLessons: 4,
    hasClosingTest: true,
    closingTestPassed: true,
  };

  it('needs every lesson and a passed closing test', () => {
    expect(moduleIsComplete(state)).toBe(true);
    expect(moduleIsComplete({ ...state, completedLessons: 3 })).toBe(false);
    expect(moduleIsComplete({ ...state, closingTestPassed: false })).toBe(false);
  });

  it('needs only the lessons when the module has no closing test', () => {
    expect(moduleIsComplete({ ...state, hasClosingTest: false, closingTestPassed: false })).toBe(
      true,
    );
  });
});
