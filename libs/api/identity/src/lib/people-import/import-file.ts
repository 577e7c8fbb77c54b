import { HttpStatus } from '@nestjs/common';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { AppError } from '@leerruimte/api-core';
import { PEOPLE_IMPORT_MAX_ROWS, peopleImportFileTypes } from '@leerruimte/shared-contracts';

/** One person as the file has them, before anything is checked. */
export interface FileLine {
  /** The line in the file, the header being line 1. */
  line: number;
  name: string;
  email: string;
  team: string;
  role: string;
}

type Column = keyof Omit<FileLine, 'line'>;

/** The headings each column may have, in Dutch or English, compared without case or spaces. */
const headings: Record<Column, string[]> = {
  name: ['naam', 'name', 'volledigenaam', 'fullname'],
  email: ['e-mail', 'email', 'e-mailadres', 'emailadres', 'e-mailaddress', 'emailaddress', 'mail'],
  team: ['team', 'wijkteam', 'teamnaam', 'teamname'],
  role: ['rol', 'role'],
};
const columnLabels: Record<Column, string> = {
  name: 'naam',
  email: 'e-mail',
  team: 'team',
  role: 'rol',
};

const fileError = (code: string, nl: string, en: string) =>
  new AppError(HttpStatus.UNPROCESSABLE_ENTITY, code, { nl, en }, [
    { field: 'file', code, text: { nl, en } },
  ]);

export const importFileErrors = {
  unreadable: () =>
    fileError(
      'import_file_unreadable',
      'Dit bestand kon niet worden gelezen. Sla het op als Excel-bestand (.xlsx) of als CSV en probeer het opnieuw.',
      'This file could not be read. Save it as an Excel file (.xlsx) or as CSV and try again.',
    ),
  empty: () =>
    fileError(
      'import_file_empty',
      'Dit bestand heeft geen regels onder de kopregel.',
      'This file has no lines below the heading.',
    ),
  columns: (missing: Column[]) =>
    fileError(
      'import_file_columns',
      `De kopregel mist de kolom${missing.length > 1 ? 'men' : ''} ${missing.map((column) => `‘${columnLabels[column]}’`).join(', ')}. De eerste regel noemt de kolommen: naam, e-mail, team en rol.`,
      `The heading lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((column) => `‘${column}’`).join(', ')}. The first line names the columns: name, e-mail, team and role.`,
    ),
  tooManyRows: () =>
    fileError(
      'import_file_too_many_rows',
      `Een bestand heeft hoogstens ${PEOPLE_IMPORT_MAX_ROWS} regels. Verdeel het over meer bestanden.`,
      `A file has at most ${PEOPLE_IMPORT_MAX_ROWS} lines. Split it over more files.`,
    ),
};

const normalisedHeading = (text: string) => text.toLowerCase().replace(/[\s_]+/g, '');

/** Which cell holds which column, from the heading; names what is missing. */
function columnsOf(heading: string[]): Record<Column, number> {
  const found = Object.fromEntries(
    (Object.keys(headings) as Column[]).map((column) => [
      column,
      heading.findIndex((cell) => headings[column].includes(normalisedHeading(cell))),
    ]),
  ) as Record<Column, number>;
  // The role may be left out: everyone is then a professional.
  const missing = (['name', 'email', 'team'] as Column[]).filter((column) => found[column] < 0);
  if (missing.length > 0) throw importFileErrors.columns(missing);
  return found;
}

function lineOf(cells: string[], columns: Record<Column, number>, line: number): FileLine {
  const cell = (column: Column) => (columns[column] < 0 ? '' : (cells[columns[column]] ?? ''));
  return {
    line,
    name: cell('name').trim(),
    email: cell('email').trim(),
    team: cell('team').trim(),
    role: cell('role').trim(),
  };
}

/** UTF-8 (with or without BOM) when it is valid UTF-8, else Windows-1252 as Excel saves it. */
export function decodeCsv(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return bytes.subarray(3).toString('utf8');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Dutch Excel saves CSV with semicolons, most other tools with commas: the heading tells. */
export function delimiterOf(text: string): ';' | ',' {
  const heading = text.slice(0, text.search(/\r?\n|$/));
  return heading.split(';').length > heading.split(',').length ? ';' : ',';
}

async function csvLines(bytes: Buffer): Promise<FileLine[]> {
  const text = decodeCsv(bytes);
  const parser = Readable.from([text]).pipe(
    parse({
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  const lines: FileLine[] = [];
  let columns: Record<Column, number> | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!columns) {
        columns = columnsOf(record);
        continue;
      }
      if (record.every((cell) => cell.trim() === '')) continue;
      if (lines.length === PEOPLE_IMPORT_MAX_ROWS) throw importFileErrors.tooManyRows();
      lines.push(lineOf(record, columns, info.lines));
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw importFileErrors.unreadable();
  }
  return lines;
}

/** A cell's text, whatever Excel made of it (a mailto link, rich text, a formula's result). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

async function xlsxLines(bytes: Buffer): Promise<FileLine[]> {
  const lines: FileLine[] = [];
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
    });
    for await (const worksheet of workbook) {
      let columns: Record<Column, number> | undefined;
      for await (const row of worksheet) {
        // ExcelJS counts cells from 1; its values array has nothing at 0.
        const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
        if (cells.every((cell) => cell.trim() === '')) continue;
        if (!columns) {
          columns = columnsOf(cells);
          continue;
        }
        if (lines.length === PEOPLE_IMPORT_MAX_ROWS) throw importFileErrors.tooManyRows();
        lines.push(lineOf(cells, columns, row.number));
      }
      // The first sheet is the list; others may hold notes.
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw importFileErrors.unreadable();
  }
  return lines;
}

/** The people in an uploaded file, with the line each is on. */
export async function readPeopleFile(bytes: Buffer, contentType: string): Promise<FileLine[]> {
  const lines =
    contentType === peopleImportFileTypes.xlsx ? await xlsxLines(bytes) : await csvLines(bytes);
  if (lines.length === 0) throw importFileErrors.empty();
  return lines;
}
