import { csvCell, csvDocument } from './csv';

describe(csvDocument.name, () => {
  it('quotes every cell and doubles the quotes in it', () => {
    expect(csvDocument([['naam', 'zei "ja"; toen']])).toBe('\uFEFF"naam";"zei ""ja""; toen"\r\n');
  });

  it('never lets a spreadsheet take a cell for a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}SOM(A1)`)).toBe(`"'${start}SOM(A1)"`);
    }
  });
});
