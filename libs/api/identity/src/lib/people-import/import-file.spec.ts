import ExcelJS from 'exceljs';
import { AppError } from '@leerruimte/api-core';
import { PEOPLE_IMPORT_MAX_ROWS, peopleImportFileTypes } from '@leerruimte/shared-contracts';
import { decodeCsv, delimiterOf, readPeopleFile } from './import-file';

const csv = (text: string) => readPeopleFile(Buffer.from(text, 'utf8'), peopleImportFileTypes.csv);

async function codeOf(reading: Promise<unknown>): Promise<string | undefined> {
  try {
    await reading;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return undefined;
}

describe(readPeopleFile.name, () => {
  it('reads a Windows-1252 file with semicolons, as Dutch Excel saves CSV', async () => {
    const text =
      'Naam;E-mailadres;Team;Rol\r\nZoë Çelik;zoe@gemeente.nl;Wijkteam Noord;teamleider\r\n';
    const bytes = Buffer.from(text, 'latin1');
    expect(bytes.includes(0xeb)).toBe(true);

    const lines = await readPeopleFile(bytes, peopleImportFileTypes.csv);

    expect(lines).toEqual([
      {
        line: 2,
        name: 'Zoë Çelik',
        email: 'zoe@gemeente.nl',
        team: 'Wijkteam Noord',
        role: 'teamleider',
      },
    ]);
  });

  it('reads UTF-8 with a byte order mark and commas, in any column order, without a role column', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('email,team,name\n"ilse@gemeente.nl",Oost,"de Groot, Ilse"\n\n', 'utf8'),
    ]);

    const lines = await readPeopleFile(bytes, peopleImportFileTypes.csv);

    expect(lines).toEqual([
      { line: 2, name: 'de Groot, Ilse', email: 'ilse@gemeente.nl', team: 'Oost', role: '' },
    ]);
  });

  it('reads the first sheet of an Excel file, also addresses Excel turned into links', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Mensen');
    sheet.addRow(['Naam', 'E-mail', 'Team', 'Rol']);
    sheet.addRow([
      'Ilse de Groot',
      { text: 'ilse@gemeente.nl', hyperlink: 'mailto:ilse@gemeente.nl' },
      'Wijkteam Oost',
      'professional',
    ]);
    sheet.addRow([]);
    sheet.addRow([
      { richText: [{ text: 'Bram ' }, { text: 'Bos' }] },
      'bram@gemeente.nl',
      'Wijkteam Oost',
      '',
    ]);
    workbook.addWorksheet('Toelichting').addRow(['Naam', 'E-mail', 'Team']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const lines = await readPeopleFile(bytes, peopleImportFileTypes.xlsx);

    expect(lines).toEqual([
      {
        line: 2,
        name: 'Ilse de Groot',
        email: 'ilse@gemeente.nl',
        team: 'Wijkteam Oost',
        role: 'professional',
      },
      { line: 4, name: 'Bram Bos', email: 'bram@gemeente.nl', team: 'Wijkteam Oost', role: '' },
    ]);
  });

  it('names the columns a heading lacks', async () => {
    let error: unknown;
    try {
      await csv('Voornaam;Adres\nIlse;ilse@gemeente.nl\n');
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('import_file_columns');
    expect((error as AppError).text.nl).toContain('‘naam’, ‘e-mail’, ‘team’');
  });

  it('refuses an empty file, a file that is not a spreadsheet, and too many lines', async () => {
    const tooMany = [
      'naam,email,team',
      ...Array.from({ length: PEOPLE_IMPORT_MAX_ROWS + 1 }, (_, i) => `P${i},p${i}@x.nl,T`),
    ].join('\n');

    expect(await codeOf(csv('naam,email,team\n'))).toBe('import_file_empty');
    expect(await codeOf(csv(''))).toBe('import_file_empty');
    expect(await codeOf(readPeopleFile(Buffer.from('geen zip'), peopleImportFileTypes.xlsx))).toBe(
      'import_file_unreadable',
    );
    expect(await codeOf(csv(tooMany))).toBe('import_file_too_many_rows');
  });
});

describe(decodeCsv.name, () => {
  it('keeps valid UTF-8 as it is and reads anything else as Windows-1252', () => {
    expect(decodeCsv(Buffer.from('Zoë', 'utf8'))).toBe('Zoë');
    expect(decodeCsv(Buffer.from([0x5a, 0x6f, 0xeb, 0x80]))).toBe('Zoë€');
  });
});

describe(delimiterOf.name, () => {
  it('takes the separator the heading uses most', () => {
    expect(delimiterOf('naam;email;team\nA, B;a@b.nl;T')).toBe(';');
    expect(delimiterOf('naam,email,team\nA;B,a@b.nl,T')).toBe(',');
  });
});
