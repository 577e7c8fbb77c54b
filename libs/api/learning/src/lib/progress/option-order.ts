import { createHash } from 'node:crypto';

/**
 * The order one person sees a question's options in: shuffled, the same every time for that
 * person and question, different between people, so the right answer has no fixed place.
 * `order[shown] = index in the content`.
 */
export function optionOrder(userId: string, questionKey: string, count: number): number[] {
  const digest = createHash('sha256').update(`${userId}\u0000${questionKey}`).digest();
  const order = Array.from({ length: count }, (_, index) => index);
  // Fisher-Yates, drawing from the digest two bytes at a time (count is at most 5).
  for (let last = count - 1; last > 0; last--) {
    const draw = digest.readUInt16BE((2 * last) % (digest.length - 1));
    const pick = draw % (last + 1);
    [order[last], order[pick]] = [order[pick], order[last]];
  }
  return order;
}

/** The content's index of the option shown at `shown`; undefined when there is no such option. */
export function contentIndex(order: readonly number[], shown: number): number | undefined {
  return order[shown];
}

/** Where the option with content index `index` is shown. */
export function shownIndex(order: readonly number[], index: number): number {
  return order.indexOf(index);
}

/** Keys per kind of question, so a check and a closing-test question never share an order. */
export const checkKey = (lessonId: string, blockId: string) => `check:${lessonId}:${blockId}`;
export const closingTestKey = (moduleId: string, questionId: string) =>
  `closing-test:${moduleId}:${questionId}`;
