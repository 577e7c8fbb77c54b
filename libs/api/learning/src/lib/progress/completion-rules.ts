import type { StoredBlock } from '../content/content-tree';

/** The knowledge checks of a lesson not (yet) answered right: a lesson completes without any. */
export function openChecks(
  blocks: readonly StoredBlock[],
  answers: ReadonlyArray<{ block_id: string; correct: boolean }>,
): Array<Extract<StoredBlock, { kind: 'check' }>> {
  const right = new Set(answers.filter((answer) => answer.correct).map((a) => a.block_id));
  return blocks.filter(
    (block): block is Extract<StoredBlock, { kind: 'check' }> =>
      block.kind === 'check' && !right.has(block.id),
  );
}

/** A module is complete when every current lesson is, and its closing test (if any) is passed. */
export function moduleIsComplete(state: {
  lessonCount: number;
  completedLessons: number;
  hasClosingTest: boolean;
  closingTestPassed: boolean;
}): boolean {
  return (
    state.completedLessons >= state.lessonCount &&
    (!state.hasClosingTest || state.closingTestPassed)
  );
}
