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
import { categoryGroups, nameOf, type Reference } from '../../forms/use-reference-data';
import type { CallEdit } from '../../local-store/call-edits';
import type { LocalCall } from '../../local-store/types';
import { useCallWrites } from './call-writes';

const RISK_ITEMS = RISK_LEVELS.map((r) => ({ value: r, label: RISK_LABELS[r] }));
const ORDER = ['summary', 'location-address', 'location-wardCode', 'categoryIds', 'riskLevel'];

function editOf(call: LocalCall): CallEdit {
  return {
    address: call.location.address,
    wardCode: call.location.wardCode,
    categoryIds: [...call.categoryIds],
    riskLevel: call.riskLevel,
    summary: call.summary,
  };
}

/** One line per changed field, in the names people know: what the chronology shows. */
export function describeChanges(before: CallEdit, after: CallEdit, reference: Reference): string[] {
  const lines: string[] = [];
  const cats = (ids: readonly string[]) =>
    ids.map((id) => nameOf(reference.categoryNames, id)).join(', ');
  if (before.summary !== after.summary) lines.push(`Summary changed from: “${before.summary}”`);
  if (before.address !== after.address) lines.push(`Address: ${before.address} → ${after.address}`);
  if (before.wardCode !== after.wardCode)
    lines.push(
      `Ward: ${nameOf(reference.wardNames, before.wardCode)} → ${nameOf(reference.wardNames, after.wardCode)}`,
    );
  if (cats(before.categoryIds) !== cats(after.categoryIds))
    lines.push(`Categories: ${cats(before.categoryIds)} → ${cats(after.categoryIds)}`);
  if (before.riskLevel !== after.riskLevel)
    lines.push(`Risk: ${RISK_LABELS[before.riskLevel]} → ${RISK_LABELS[after.riskLevel]}`);
  return lines;
}

/**
 * "Change call details" (chair and ASB officer, as the matrix says): the
 * call's summary, location, categories and risk, saved with a chronology
 * entry that lists each change.
 */
export function EditCallSection({ call, reference }: { call: LocalCall; reference: Reference }) {
  const [editing, setEditing] = useState(false);
  const [v, setV] = useState<CallEdit>(() => editOf(call));
  const [saved, setSaved] = useState(false);
  const form = useSubmit({ mainField: 'summary', order: ORDER });
  const writes = useCallWrites();
  const change = (patch: Partial<CallEdit>) => setV((prev) => ({ ...prev, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const lines = describeChanges(editOf(call), v, reference);
    if (lines.length === 0)
      return form.fail([{ id: 'summary', message: 'Change at least one detail, or cancel' }]);
    if (await form.run(() => writes.editCall(call.id, v, lines.join('\n')))) {
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
            setV(editOf(call));
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
