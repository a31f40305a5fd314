/**
 * Importing historical calls (POST /api/import/calls): online only; the
 * server checks and applies the file, and the calls then arrive by pull.
 */
import { apiPutBytes, getSyncTransport, type Transport } from './transport';

export type ImportMode = 'preview' | 'all' | 'valid';

export interface ImportAnswer {
  rows: number;
  validRows: number;
  invalidRows: number;
  errorCount: number;
  errors: { row: number; column: string; message: string }[];
  imported: number;
}

export function sendCallsFile(file: Blob, mode: ImportMode, transport?: Transport) {
  return apiPutBytes<ImportAnswer>(
    transport ?? getSyncTransport(),
    `/api/import/calls?mode=${mode}`,
    file,
    'text/csv',
    undefined,
    'POST',
  );
}
