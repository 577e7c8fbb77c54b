import ExcelJS from 'exceljs';
import { type FigureSet, type Report, reportMetrics } from '@leerruimte/shared-contracts';
import { reportCsv, reportXlsx, spoken } from './report-files';

function figureSet(values: Partial<FigureSet>): FigureSet {
  return {
    ...Object.fromEntries(reportMetrics.map((metric) => [metric, 0])),
    ...values,
  } as FigureSet;
}

/** A team that learned but was asked nothing and filled in no pulse, and one too small to show. */
const report: Report = {
  organisationName: 'Gemeente Voorbeeldstad',
  from: '2026-10',
  to: '2026-10',
  months: ['2026-10'],
  minimumGroupSize: 5,
  teams: [
    {
      teamId: '00000000-0000-4000-8000-000000000001',
      name: 'Noord',
      total: figureSet({ learningHours: 2.5 }),
      months: [figureSet({ learningHours: 2.5 })],
      rolling: [],
    },
    {
      teamId: '00000000-0000-4000-8000-000000000002',
      name: 'Zuid',
      total: figureSet({ reflectionParticipation: null, promptsAsked: null }),
      months: [figureSet({ reflectionParticipation: null, promptsAsked: null })],
      rolling: [],
    },
  ],
  organisation: null,
  updatedAt: null,
};

/** The spreadsheet export's first sheet, read back. */
async function firstSheet(of: Report) {
  const workbook = new ExcelJS.Workbook();
  const file = await reportXlsx(of, 'nl');
  // exceljs declares its own Buffer (an ArrayBuffer); hand it the file's bytes as one.
  await workbook.xlsx.load(
    file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
  );
  return workbook.worksheets[0];
}

describe('report exports', () => {
  it('show a share of nothing asked, and an average of no answers, as "–", not as 0', () => {
    const [header, noord, , zuid] = reportCsv(report, 'nl').split('\r\n');
    const column = (label: string) => header.split(';').indexOf(`"${label}"`);
    const cells = noord.split(';');
    expect(cells[column('Reflectiedeelname')]).toBe('"–"');
    expect(cells[column('Fouten bespreken')]).toBe('"–"');
    expect(cells[column('Reflectievragen verstuurd')]).toBe('"0"');
    expect(cells[column('Leeruren')]).toBe('"2,5"');
    expect(zuid.split(';')[column('Reflectiedeelname')]).toBe('"te weinig deelnemers"');
  });

  it('do the same in the spreadsheet', async () => {
    const sheet = await firstSheet(report);
    const header = (sheet.getRow(5).values as unknown[]).slice(1);
    const noord = (sheet.getRow(6).values as unknown[]).slice(1);
    expect(noord[header.indexOf('Reflectiedeelname')]).toBe('–');
    expect(noord[header.indexOf('Leeruren')]).toBe(2.5);
    // The team lead's own report: only the pulse is hidden below the minimum, and it says so.
    expect(sheet.getRow(3).getCell(1).value).toContain('Als teamleider zie je alle cijfers');
  });

  it("tell an organisation's reader that small groups are hidden", async () => {
    const whole = { total: figureSet({}), months: [figureSet({})] };
    const sheet = await firstSheet({ ...report, organisation: whole });
    expect(sheet.getRow(3).getCell(1).value).toContain('Cijfers die van minder dan 5 mensen komen');
  });

  it("list a team's rolling three-month windows after its months, hidden where the report hides them", async () => {
    const zuid = {
      ...report.teams[1],
      rolling: [figureSet({ learningHours: 7.5, reflectionParticipation: null })],
    };
    const oneTeam = {
      ...report,
      teams: [zuid],
      organisation: { total: figureSet({}), months: [figureSet({})] },
    };
    const csv = reportCsv(oneTeam, 'nl').split('\r\n');
    const header = csv[0].split(';');
    const window = csv.find((line) => line.startsWith('"Zuid";"3 maanden t/m 2026-10"'));
    expect(window?.split(';')[header.indexOf('"Leeruren"')]).toBe('"7,5"');
    expect(window?.split(';')[header.indexOf('"Reflectiedeelname"')]).toBe(
      '"te weinig deelnemers"',
    );
    const sheet = await firstSheet(oneTeam);
    const labels = sheet.getColumn(2).values;
    expect(labels).toContain('3 maanden t/m 2026-10');
  });

  it('say months and days in the reader’s language, in Amsterdam', () => {
    expect(spoken('2026-10', 'nl', 'LLLL yyyy')).toBe('oktober 2026');
    expect(spoken('2026-03', 'nl', 'LLL yyyy')).toBe('mrt 2026');
    expect(spoken('2026-03', 'en', 'LLL yyyy')).toBe('Mar 2026');
    expect(spoken(new Date('2026-12-06T23:30:00Z'), 'nl', 'd LLLL yyyy')).toBe('7 december 2026');
  });
});
