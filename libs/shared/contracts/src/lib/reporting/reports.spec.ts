import { monthCount, monthsBetween, reportQuerySchema } from './reports';

describe(monthCount.name, () => {
  it('counts as many months as monthsBetween lists, across years and backwards', () => {
    const months = monthsBetween('2023-11', '2027-02');
    for (const from of months) {
      for (const to of months) {
        expect(monthCount(from, to)).toBe(monthsBetween(from, to).length);
      }
    }
    expect(monthCount('2026-03', '2026-03')).toBe(1);
    expect(monthCount('2026-03', '2026-02')).toBe(0);
  });
});

describe('reportQuerySchema', () => {
  const problems = (from: string, to: string) => {
    const parsed = reportQuerySchema.safeParse({ from, to });
    return parsed.success
      ? []
      : parsed.error.issues.map((issue) =>
          'params' in issue ? issue.params?.['reason'] : issue.code,
        );
  };

  it('takes a period of up to three years and names what is wrong with another', () => {
    expect(problems('2024-01', '2026-12')).toEqual([]);
    expect(problems('2024-01', '2027-01')).toEqual(['period_too_long']);
    expect(problems('2026-05', '2026-04')).toEqual(['end_before_start']);
  });
});
