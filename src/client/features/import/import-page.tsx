import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Button, ButtonGroup } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { usePageTitle } from '../../app/use-page-title';
import { useOnline } from '../../app/use-online';
import type { SaveFailure } from '../../forms/form-errors';
import { useSubmit } from '../../forms/use-submit';
import { sendCallsFile, type ImportAnswer, type ImportMode } from '../../sync/import-client';
import { ApiError } from '../../sync/transport';
import { ImportErrors } from './import-errors';

const FILE_ID = 'calls-file';
const STEPS = ['Reading the file', 'Checking every row', 'Importing the calls', 'Done'];

const failure = (err: unknown): SaveFailure => ({
  kind: 'fields',
  errors: [
    {
      id: FILE_ID,
      message:
        err instanceof ApiError
          ? err.code === 'network'
            ? 'No connection to the server. Importing needs a connection: try again when online.'
            : err.message
          : 'The file could not be read. Choose it again.',
    },
  ],
});

/** Whether bytes are UTF-8 text, checked on the device before anything is sent. */
async function isUtf8(file: Blob): Promise<boolean> {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    return true;
  } catch {
    return false;
  }
}

/**
 * Bringing a unit's history in from a spreadsheet: choose a CSV, see every
 * row's problems by row and column, then import all of it (only when every
 * row is right) or only the valid rows. The server applies it in one
 * transaction; the calls reach every device at its next sync.
 */
export function ImportPage() {
  usePageTitle('Import calls');
  const online = useOnline();
  const form = useSubmit({ mapError: failure });
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState(-1);
  const [preview, setPreview] = useState<ImportAnswer | null>(null);
  const [done, setDone] = useState<ImportAnswer | null>(null);

  const check = async (e: FormEvent) => {
    e.preventDefault();
    setPreview(null);
    setDone(null);
    if (!file) return form.fail([{ id: FILE_ID, message: 'Choose a CSV file to import' }]);
    const ok = await form.run(async () => {
      setStep(0);
      if (!(await isUtf8(file))) {
        throw new ApiError(
          'bad_request',
          'The file is not UTF-8 text. In your spreadsheet choose Save As, then “CSV UTF-8 (comma delimited)”, and try again.',
          400,
        );
      }
      setStep(1);
      setPreview(await sendCallsFile(file, 'preview'));
      setStep(-1);
    });
    if (!ok) setStep(-1);
  };

  const apply = async (mode: ImportMode) => {
    if (!file) return;
    const ok = await form.run(async () => {
      setStep(2);
      const answer = await sendCallsFile(file, mode);
      setStep(3);
      setDone(answer);
      setPreview(null);
    });
    if (!ok) setStep(-1);
  };

  return (
    <>
      <h1 className="govuk-heading-l">Import calls</h1>
      <ErrorSummary errors={form.errors} />
      <p className="govuk-body">
        Bring in historical calls from a spreadsheet saved as CSV (UTF-8). The columns are listed in
        the README: reference, received date, ward, categories, anonymous, status, closed date,
        resident updated date and summary.
      </p>
      {!online && (
        <p className="govuk-inset-text">
          You are offline. Importing needs a connection to the server.
        </p>
      )}
      <form onSubmit={check} noValidate>
        <div
          className={`govuk-form-group${form.fieldErrors[FILE_ID] ? ' govuk-form-group--error' : ''}`}
        >
          <label className="govuk-label govuk-label--s" htmlFor={FILE_ID}>
            CSV file
          </label>
          {form.fieldErrors[FILE_ID] && (
            <p id={`${FILE_ID}-error`} className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {form.fieldErrors[FILE_ID]}
            </p>
          )}
          <input
            className="govuk-file-upload"
            id={FILE_ID}
            name={FILE_ID}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={form.fieldErrors[FILE_ID] ? `${FILE_ID}-error` : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setDone(null);
            }}
          />
        </div>
        <Button busy={form.busy}>Check the file</Button>
      </form>
      {step >= 0 && (
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="import-progress">
            Step {step + 1} of {STEPS.length}: {STEPS[step]}
          </label>
          <progress id="import-progress" max={STEPS.length} value={step + 1}>
            {step + 1} of {STEPS.length}
          </progress>
        </div>
      )}
      {preview && (
        <section aria-labelledby="preview-heading">
          <h2 className="govuk-heading-m" id="preview-heading">
            {preview.rows} rows: {preview.validRows} ready to import, {preview.invalidRows} with
            errors
          </h2>
          <ImportErrors answer={preview} />
          <ButtonGroup>
            {preview.invalidRows === 0 && preview.validRows > 0 && (
              <Button type="button" busy={form.busy} onClick={() => void apply('all')}>
                Import all {preview.validRows} calls
              </Button>
            )}
            {preview.invalidRows > 0 && preview.validRows > 0 && (
              <Button
                type="button"
                variant="warning"
                busy={form.busy}
                onClick={() => void apply('valid')}
              >
                Import only the {preview.validRows} valid rows
              </Button>
            )}
          </ButtonGroup>
          {preview.invalidRows > 0 && (
            <p className="govuk-body">
              Or correct the rows in your spreadsheet, save it again and check the file again.
              Nothing is imported until you choose.
            </p>
          )}
        </section>
      )}
      {done && (
        <div className="govuk-panel govuk-panel--confirmation" role="status">
          <h2 className="govuk-panel__title">{done.imported} calls imported</h2>
          <div className="govuk-panel__body">They reach every device at its next sync.</div>
        </div>
      )}
      {done && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/calls">
            Go to the calls
          </Link>
        </p>
      )}
    </>
  );
}
