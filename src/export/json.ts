// JSON: the native model — article metadata, speakers, items with status. Offsets in UTF-16 code units.
import type { ExportDoc } from './model';

export function toJson(doc: ExportDoc): string {
  const { text: _text, ...rest } = doc;
  return JSON.stringify({ format: 'zitatlupe-export', version: 1, offsets: 'utf16', ...rest }, null, 2) + '\n';
}
