// CSV: one row per quote, hedge, speaker mark or note; RFC 4180 quoting and CRLF line ends.
// (`medium` came last, so that columns read by position before it stay where they were.)
// `excel` uses semicolons and a UTF-8 BOM, which German Excel opens correctly with a double click.
import type { ExportDoc } from './model';

export const CSV_COLUMNS = ['file', 'id', 'kind', 'type', 'status', 'speaker_name', 'speaker_role', 'cue', 'text', 'start', 'end', 'hedge_kind', 'in_quote', 'note', 'medium'] as const;

export interface CsvOptions {
  excel?: boolean;
  /** Leave the header out (for appending the rows of further articles). */
  header?: boolean;
  /** Prefix „'“ to a cell that a spreadsheet would run as a formula; on by default with `excel`. */
  safeFormulas?: boolean;
}

/** A cell that starts like a formula (=, +, -, @, TAB, CR): Excel and LibreOffice would evaluate it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text a spreadsheet shows and never evaluates: „=HYPERLINK(…)“ becomes „'=HYPERLINK(…)“. */
export function defuseFormula(value: string | number | boolean | undefined): string | number | boolean | undefined {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number | boolean | undefined, separator: string): string {
  const s = value === undefined ? '' : String(value);
  return /["\r\n]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(docs: ExportDoc[], options: CsvOptions = {}): string {
  const sep = options.excel ? ';' : ',';
  const safe = options.safeFormulas ?? !!options.excel;
  const rows: string[] = [];
  if (options.header !== false) rows.push(CSV_COLUMNS.join(sep));
  for (const doc of docs) {
    for (const i of doc.items) {
      rows.push([
        doc.file, i.id, i.kind, i.type, i.status, i.speaker?.name, i.speaker?.role, i.cue?.text, i.text, i.start, i.end,
        i.hedgeKind, i.inQuote === undefined ? undefined : i.inQuote ? 'yes' : 'no', i.note, i.medium?.name,
      ].map((v) => csvField(safe ? defuseFormula(v) : v, sep)).join(sep));
    }
  }
  const body = rows.length ? rows.join('\r\n') + '\r\n' : '';
  return (options.excel && options.header !== false ? '\uFEFF' : '') + body;
}
