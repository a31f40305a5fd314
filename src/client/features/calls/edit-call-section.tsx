import { useState, type FormEvent } from 'react';
import { TEXT_MAX } from '../../../domain/schemas/text-limits';
import { RISK_LABELS, RISK_LEVELS, type RiskLevel } from '../../../domain/reference/risk';
import { CheckboxFinder } from '../../components/checkbox-finder';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { useSubmit } from '../../forms/use-submit';
import { categoryGroups, type Reference } from '../../forms/use-reference-data';
import type { CallBundle } from '../../local-store/queries';
import { describeChanges, editFormOf, toCallEdit, type CallEditForm } from './call-edit-form';
import { PeopleFields } from './people-fields';
import { useCallWrites } from './call-writes';

const RISK_ITEMS = RISK_LEVELS.map((r) => ({ value: r, label: RISK_LABELS[r] }));
const ORDER = [
  'summary',
  'location-address',
  'location-wardCode',
  'categoryIds',
  'riskLevel',
  'people',
];

/**
 * "Change call details" (chair and ASB officer, as the matrix says): the
 * call's summary, location, categories, risk and people, saved with a chronology
 * entry that lists each change.
 */
export function EditCallSection({
  bundle,
  reference,
}: {
  bundle: Pick<CallBundle, 'call' | 'people'>;
  reference: Reference;
}) {
  const { call } = bundle;
  const [editing, setEditing] = useState(false);
  const [v, setV] = useState<CallEditForm>(() => editFormOf(bundle));
  const [saved, setSaved] = useState(false);
  const form = useSubmit({ mainField: 'summary', order: ORDER });
  const writes = useCallWrites();
  const change = (patch: Partial<CallEditForm>) => setV((prev) => ({ ...prev, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const lines = describeChanges(editFormOf(bundle), v, reference);
    if (lines.length === 0)
      return form.fail([{ id: 'summary', message: 'Change at least one detail, or cancel' }]);
    if (await form.run(() => writes.editCall(call.id, toCallEdit(v), lines.join('\n')))) {
      setEditing(false);
      setSaved(true);
    }
  };

  if (!editing)
    return (
      <>
        {saved && <NotificationBanner type="success" heading="Call details changed." />}
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            setV(editFormOf(bundle));
            setSaved(false);
            setEditing(true);
          }}
        >
          Change call details
        </button>
      </>
    );
  return (
    <section aria-labelledby="edit-heading">
      <h2 className="govuk-heading-m" id="edit-heading">
        Change call details
      </h2>
      <ErrorSummary errors={form.errors} />
      {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Textarea
          id="summary"
          label="Summary"
          value={v.summary}
          error={form.fieldErrors.summary}
          onChange={(summary) => change({ summary })}
          maxLength={TEXT_MAX.callSummary}
          rows={5}
        />
        <TextInput
          id="location-address"
          label="Address or place"
          value={v.address}
          error={form.fieldErrors['location-address']}
          onChange={(address) => change({ address })}
        />
        <Select
          id="location-wardCode"
          label="Ward"
          emptyOption="Select a ward"
          options={reference.wards}
          value={v.wardCode}
          error={form.fieldErrors['location-wardCode']}
          onChange={(wardCode) => change({ wardCode })}
        />
        <CheckboxFinder
          id="categoryIds"
          legend="Categories"
          findLabel="Find a category"
          noun={['category', 'categories']}
          groups={categoryGroups(reference.categories)}
          values={v.categoryIds}
          error={form.fieldErrors.categoryIds}
          onChange={(categoryIds) => change({ categoryIds })}
        />
        <Radios
          id="riskLevel"
          legend="Risk level"
          items={RISK_ITEMS}
          value={v.riskLevel}
          error={form.fieldErrors.riskLevel}
          onChange={(riskLevel) => change({ riskLevel: riskLevel as RiskLevel })}
        />
        <PeopleFields
          headingLevel="h3"
          people={v.people}
          errors={form.fieldErrors}
          onChange={(people) => change({ people })}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={form.busy}>
            Save changes
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => setEditing(false)}
          >
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
