import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Checkbox, Checkboxes } from '../../components/checkboxes';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { RISK_LABELS, RISK_LEVELS } from '../../../domain/reference/risk';
import { CALL_STATUSES, type CallStatus } from '../../../domain/schemas/calls';
import { STATUS_LABELS } from './call-tags';
import type { FilterForm } from './list-filters';
import type { Reference } from '../../forms/use-reference-data';

const STATUS_ITEMS = CALL_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
export const RISK_OPTIONS = RISK_LEVELS.map((r) => ({ value: r, label: RISK_LABELS[r] }));

/**
 * The filters, as a GET form: applying them replaces the URL's query string.
 * The parent re-mounts it (key) when the URL changes, so what it shows
 * always matches the list.
 */
export function CallsFilterForm({
  initial,
  reference,
  onApply,
}: {
  initial: FilterForm;
  reference: Reference;
  onApply: (filters: FilterForm) => void;
}) {
  const [f, setF] = useState(initial);
  const change = (patch: Partial<FilterForm>) => setF((prev) => ({ ...prev, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(f);
  };
  return (
    <form method="get" action="/calls" onSubmit={submit} noValidate aria-label="Filter calls">
      <Checkboxes
        id="status"
        legend="Status"
        items={STATUS_ITEMS}
        values={f.status}
        onChange={(status) => change({ status: status as CallStatus[] })}
        small
      />
      <Select
        id="ward"
        label="Ward"
        emptyOption="Any ward"
        options={reference.wards}
        value={f.ward}
        onChange={(ward) => change({ ward })}
      />
      <Select
        id="category"
        label="Category"
        emptyOption="Any category"
        options={reference.categoryOptions}
        value={f.category}
        onChange={(category) => change({ category })}
      />
      <Select
        id="risk"
        label="Risk level"
        emptyOption="Any risk level"
        options={RISK_OPTIONS}
        value={f.risk}
        onChange={(risk) => change({ risk })}
      />
      <Checkbox
        id="overdue"
        label="Has overdue actions"
        checked={f.overdue}
        onChange={(overdue) => change({ overdue })}
      />
      <Checkbox
        id="updateDue"
        label="Resident update due"
        checked={f.updateDue}
        onChange={(updateDue) => change({ updateDue })}
      />
      <TextInput
        id="q"
        label="Search"
        hint="Reference, address, summary or reporter name"
        type="search"
        value={f.q}
        onChange={(q) => change({ q })}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <Link className="govuk-link" to="/calls">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
