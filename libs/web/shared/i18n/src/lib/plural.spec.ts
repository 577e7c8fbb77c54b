import { plural } from './plural';

describe(plural.name, () => {
  const experiments = { one: '# experiment', other: '# experimenten' };

  it('uses the singular for one and the plural for every other count, in Dutch and English', () => {
    expect(plural('nl', 1, experiments)).toBe('1 experiment');
    expect(plural('nl', 0, experiments)).toBe('0 experimenten');
    expect(plural('nl', 2, experiments)).toBe('2 experimenten');
    expect(plural('en', 1, { one: '# discussion', other: '# discussions' })).toBe('1 discussion');
    expect(plural('en', 3, { one: '# discussion', other: '# discussions' })).toBe('3 discussions');
  });

  it('says nothing-yet in its own words when a zero form is given', () => {
    expect(plural('nl', 0, { zero: 'nog geen stemmen', one: '# stem', other: '# stemmen' })).toBe(
      'nog geen stemmen',
    );
  });

  it('writes large numbers as people in the language read them', () => {
    expect(plural('nl', 1200, { one: '# uur', other: '# uur' })).toBe('1.200 uur');
    expect(plural('en', 1200, { one: '# hour', other: '# hours' })).toBe('1,200 hours');
  });
});
