import { caseTexts } from './cases.texts';

describe('caseTexts', () => {
  it('counts what a case led to in the singular for one and the plural for more', () => {
    expect(caseTexts.nl.counts(1, 1, 1)).toBe('1 waarom-vraag · 1 experiment · 1 bespreking');
    expect(caseTexts.nl.counts(0, 2, 3)).toBe('0 waarom-vragen · 2 experimenten · 3 besprekingen');
    expect(caseTexts.en.counts(1, 2, 1)).toBe('1 why-question · 2 experiments · 1 discussion');
  });

  it('counts the cases found', () => {
    expect(caseTexts.nl.found(1)).toBe('1 casus');
    expect(caseTexts.en.found(4)).toBe('4 cases');
  });
});
