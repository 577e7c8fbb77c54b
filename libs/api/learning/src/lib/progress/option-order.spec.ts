import { randomUUID } from 'node:crypto';
import { contentIndex, optionOrder, shownIndex } from './option-order';

describe(optionOrder.name, () => {
  it('is a permutation of the options', () => {
    for (let count = 2; count <= 5; count++) {
      expect([...optionOrder(randomUUID(), 'q', count)].sort()).toEqual(
        Array.from({ length: count }, (_, index) => index),
      );
    }
  });

  it('is the same every time for one person and question', () => {
    const userId = randomUUID();
    expect(optionOrder(userId, 'check:les:vraag', 4)).toEqual(
      optionOrder(userId, 'check:les:vraag', 4),
    );
  });

  it('differs between people: over many people every option is shown first about as often', () => {
    const firsts = [0, 0, 0, 0];
    for (let person = 0; person < 2000; person++) {
      firsts[optionOrder(randomUUID(), 'check:les:vraag', 4)[0]]++;
    }
    for (const count of firsts) {
      expect(count).toBeGreaterThan(400);
      expect(count).toBeLessThan(600);
    }
  });

  it('differs between questions for one person', () => {
    const userId = randomUUID();
    const orders = new Set(
      Array.from({ length: 20 }, (_, index) => optionOrder(userId, `q${index}`, 4).join()),
    );
    expect(orders.size).toBeGreaterThan(5);
  });

  it('translates between shown and content places both ways', () => {
    const order = optionOrder(randomUUID(), 'q', 4);
    for (let shown = 0; shown < 4; shown++) {
      expect(shownIndex(order, contentIndex(order, shown) as number)).toBe(shown);
    }
    expect(contentIndex(order, 4)).toBeUndefined();
  });
});
