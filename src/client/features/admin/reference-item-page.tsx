import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  NO_USAGE,
  REFERENCE_ADD_SCHEMAS,
  REFERENCE_CHANGE_SCHEMAS,
  type ReferenceListTable,
  type ReferenceRowData,
  type ReferenceUsage,
} from '../../../domain/reference-admin-schemas';
import { usePageTitle } from '../../app/use-page-title';
import { Checkbox } from '../../components/checkboxes';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { SummaryList } from '../../components/summary-list';
import { issuesToErrors } from '../../forms/form-errors';
import { useSubmit } from '../../forms/use-submit';
import {
  addReferenceRow,
  changeReferenceRow,
  getReferenceRow,
  referenceErrorMessage,
} from '../../sync/reference-admin-client';
import {
  formValues,
  isReferenceList,
  REFERENCE_LISTS,
  requestBody,
  type FormValues,
} from './reference-fields';
import { FieldControl } from './reference-field-control';
import { previewOf, ReferencePreview, type Preview } from './reference-preview';
import { adminFailure } from './server-field-errors';
import { useReferenceFetch } from './use-reference-admin';

function ItemForm(props: {
  table: ReferenceListTable;
  row?: ReferenceRowData;
  usage: ReferenceUsage;
}) {
  const { table, row, usage } = props;
  const list = REFERENCE_LISTS[table];
  const adding = !row;
  const navigate = useNavigate();
  const [values, setValues] = useState<FormValues>(() => formValues(table, row));
  const [preview, setPreview] = useState<Preview | null>(null);
  const order = [...list.fields.map((f) => f.key), 'active'];
  const form = useSubmit({ mapError: adminFailure(order, 'name', referenceErrorMessage) });
  const change = (key: string, value: string | boolean) => {
    setPreview(null);
    setValues((v) => ({ ...v, [key]: value }));
  };

  const showPreview = (e: FormEvent) => {
    e.preventDefault();
    const body = requestBody(table, values, adding);
    const schema = adding ? REFERENCE_ADD_SCHEMAS[table] : REFERENCE_CHANGE_SCHEMAS[table];
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      form.fail(issuesToErrors(parsed.error.issues, order));
      return;
    }
    form.fail([]);
    setPreview(previewOf(table, row, body, usage));
  };

  const save = async () => {
    const body = requestBody(table, values, adding);
    const ok = await form.run(() =>
      row ? changeReferenceRow(table, row.id, body) : addReferenceRow(table, body),
    );
    if (!ok) {
      setPreview(null);
      return;
    }
    const saved = `${String(body.name ?? row?.name)} was saved. Devices get the change at their next sync.`;
    void navigate(`/admin/reference/${table}`, { state: { saved } });
  };

  const fixed = list.fields.filter((f) => f.addOnly && !adding);
  return (
    <form noValidate onSubmit={showPreview}>
      <ErrorSummary errors={form.errors} />
      {fixed.length > 0 && (
        <SummaryList
          rows={fixed.map((f) => ({
            key: f.label,
            value: `${String(row?.[f.key] ?? '')} (fixed once added: records refer to it)`,
          }))}
        />
      )}
      {list.fields
        .filter((f) => adding || !f.addOnly)
        .map((f) => (
          <FieldControl
            key={f.key}
            field={f}
            value={values[f.key] ?? ''}
            error={form.fieldErrors[f.key]}
            onChange={(v) => change(f.key, v)}
          />
        ))}
      {!adding && (
        <Checkbox
          id="active"
          label="In use"
          hint="A deactivated item is not offered for new records; records that name it keep it and show its name."
          checked={values.active === true}
          onChange={(v) => change('active', v)}
        />
      )}
      <ReferencePreview
        preview={preview}
        busy={form.busy}
        onSave={() => void save()}
        onBack={() => setPreview(null)}
      />
    </form>
  );
}

/** Adding an item to a reference list, or renaming, changing or deactivating one. */
export function ReferenceItemPage() {
  const { table = '', id } = useParams();
  const known = isReferenceList(table);
  const list = known ? REFERENCE_LISTS[table] : undefined;
  const fetched = useReferenceFetch(
    () => (known && id ? getReferenceRow(table, id) : Promise.resolve(undefined)),
    [known ? table : 'wards', id],
  );
  const title = !list ? 'List not found' : id ? `Change a ${list.one}` : `Add a ${list.one}`;
  usePageTitle(title);
  if (!known || !list)
    return (
      <>
        <h1 className="govuk-heading-l">List not found</h1>
        <Link className="govuk-link" to="/admin/reference">
          Back to reference data
        </Link>
      </>
    );
  const item = fetched.data;
  return (
    <>
      <Link className="govuk-back-link" to={`/admin/reference/${table}`}>
        Back to {list.title.toLowerCase()}
      </Link>
      <h1 className="govuk-heading-l">{item ? `Change ${String(item.row.name)}` : title}</h1>
      {fetched.error && <NotificationBanner heading={fetched.error} />}
      {id && !item && !fetched.error && (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      )}
      {!id && <ItemForm table={table} usage={NO_USAGE} />}
      {item && <ItemForm key={item.row.id} table={table} row={item.row} usage={item.usage} />}
    </>
  );
}
