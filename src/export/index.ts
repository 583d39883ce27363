// Exporters and importers (pure TypeScript; used by the CLI and the editor).
export * from './model';
export { toJson } from './json';
export { toCsv, csvField, CSV_COLUMNS, type CsvOptions } from './csv';
export { toW3c, ANNO_CONTEXT } from './w3c';
export { toBrat, BRAT_CONF } from './brat';
export { toMarkdown } from './markdown';
export { verificationReport, diffMarkdown, type CheckedQuote, type CheckedSource } from './verifyReport';
export { fromBrat, fromW3c, type ImportResult } from './import';
export { exportFormat, formatLabels, FORMATS, UnknownFormatError, type ExportFormat, type Format, type OutputFile } from './formats';
