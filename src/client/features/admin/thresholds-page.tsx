import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  REFERENCE_CHANGE_SCHEMAS,
  THRESHOLDS_ID,
  type ReferenceRowData,
  type ReferenceUsage,
} from '../../../domain/reference-admin-schemas';
import { usePageTitle } from '../../app/use-page-title';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { TextInput } from '../../components/text-input';
import { issuesToErrors } from '../../forms/form-errors';
import { useSubmit } from '../../forms/use-submit';
import {
  changeReferenceRow,
  getReferenceRow,
  referenceErrorMessage,
} from '../../sync/reference-admin-client';
import { previewOf, ReferencePreview, type Preview } from './reference-preview';
import { adminFailure } from './server-field-errors';
import { useReferenceFetch } from './use-reference-admin';

const FIELDS = [
  {
    key: 'repeatCalls',
    label: 'Calls for a repeat',
    hint: 'Calls at the same place or about the same person that suggest a Task and Finish Group: 2 to 5.',
  },
  {
    key: 'repeatWindowDays',
    label: 'Repeat window',
    hint: 'Days the calls fall within: 30 to 180.',
  },
  {
    key: 'caseReviewCalls',
    label: 'Calls for an ASB Case Review',
    hint: 'Qualifying calls that raise the warning: 1 to 3. The law sets 3 as the most; the district may warn sooner.',
  },
  {
    key: 'caseReviewMonths',
    label: 'ASB Case Review window',
    hint: 'Months the qualifying calls fall within: 1 to 6.',
  },
] as const;
type Key = (typeof FIELDS)[number]['key'];
const ORDER = FIELDS.map((f) => f.key);
const MAP_ERROR = adminFailure(ORDER, 'repeatCalls', referenceErrorMessage);

const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

function ThresholdsForm({ row, usage }: { row: ReferenceRowData; usage: ReferenceUsage }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Key, string>>(
    () => Object.fromEntries(ORDER.map((k) => [k, String(row[k] ?? '')])) as Record<Key, string>,
  );
  const [preview, setPreview] = useState<Preview | null>(null);
  const form = useSubmit({ mapError: MAP_ERROR });
  const body = () => Object.fromEntries(ORDER.map((k) => [k, toNumber(values[k])]));

  const showPreview = (e: FormEvent) => {
    e.preventDefault();
    const parsed = REFERENCE_CHANGE_SCHEMAS.thresholds.safeParse(body());
    if (!parsed.success) {
      form.fail(issuesToErrors(parsed.error.issues, ORDER));
      return;
    }
    form.fail([]);
    setPreview(previewOf('thresholds', row, parsed.data, usage));
  };
  const save = async () => {
    const ok = await form.run(() => changeReferenceRow('thresholds', THRESHOLDS_ID, body()));
    if (!ok) setPreview(null);
    else
      void navigate('/admin/reference', {
        state: { saved: 'The thresholds were saved. Devices get them at their next sync.' },
      });
  };

  return (
    <form noValidate onSubmit={showPreview}>
      <ErrorSummary errors={form.errors} />
      {FIELDS.map((f) => (
        <TextInput
          key={f.key}
          id={f.key}
          label={f.label}
          hint={f.hint}
          value={values[f.key]}
          error={form.fieldErrors[f.key]}
          inputMode="numeric"
          width="4"
          onChange={(v) => {
            setPreview(null);
            setValues((old) => ({ ...old, [f.key]: v }));
          }}
        />
      ))}
      <ReferencePreview
        preview={preview}
        busy={form.busy}
        onSave={() => void save()}
        onBack={() => setPreview(null)}
      />
    </form>
  );
}

/** The repeat and ASB Case Review thresholds every device's warnings use. */
export function ThresholdsPage() {
  usePageTitle('Thresholds');
  const { data, error } = useReferenceFetch(
    () => getReferenceRow('thresholds', THRESHOLDS_ID),
    ['thresholds', THRESHOLDS_ID],
  );
  return (
    <>
      <Link className="govuk-back-link" to="/admin/reference">
        Back to reference data
      </Link>
      <h1 className="govuk-heading-l">Thresholds</h1>
      <p className="govuk-body">
        When the app suggests a Task and Finish Group for repeat calls, and when it warns that a
        person may ask for an ASB Case Review. The app warns; it never decides.
      </p>
      {error && <NotificationBanner heading={error} />}
      {!data && !error && (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      )}
      {data && <ThresholdsForm row={data.row} usage={data.usage} />}
    </>
  );
}
