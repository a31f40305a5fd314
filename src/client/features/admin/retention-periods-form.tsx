import { useState, type FormEvent } from 'react';
import { RETENTION_TABLES, type RetentionPeriods } from '../../../domain/rules/retention';
import { tableLabel } from '../../../domain/table-labels';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { useSubmit } from '../../forms/use-submit';
import { saveRetention } from '../../sync/retention-client';
import { adminFailure } from './server-field-errors';

const ORDER = [...RETENTION_TABLES];

/** How many months after closure each kind of record is kept; the server checks every field. */
export function RetentionPeriodsForm(props: {
  periods: RetentionPeriods;
  onSaved: (periods: RetentionPeriods) => void;
}) {
  const [values, setValues] = useState(
    () =>
      Object.fromEntries(ORDER.map((t) => [t, String(props.periods[t])])) as Record<
        (typeof ORDER)[number],
        string
      >,
  );
  const form = useSubmit({
    order: ORDER,
    mainField: 'calls',
    mapError: adminFailure(ORDER, 'calls'),
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let saved: RetentionPeriods | undefined;
    const ok = await form.run(async () => {
      saved = await saveRetention(values);
    });
    if (ok && saved) props.onSaved(saved);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={form.errors} />
      <h2 className="govuk-heading-m">Retention periods</h2>
      <p className="govuk-body">
        Months each kind of record is kept after it closes (a visit: after it happened). Agree these
        with the partnership’s data protection officer.
      </p>
      {ORDER.map((table) => (
        <TextInput
          key={table}
          id={table}
          label={tableLabel(table)}
          hint="Months after closure"
          inputMode="numeric"
          width="4"
          value={values[table]}
          error={form.fieldErrors[table]}
          onChange={(v) => setValues({ ...values, [table]: v })}
        />
      ))}
      <Button busy={form.busy}>Save retention periods</Button>
    </form>
  );
}
