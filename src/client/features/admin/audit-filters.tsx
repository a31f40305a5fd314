import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { AdminUser } from '../../../domain/sync-protocol';
import { TABLE_NAMES } from '../../../domain/tables';
import { tableLabel } from '../../../domain/table-labels';
import { Button } from '../../components/button';
import { DateInput } from '../../components/date-input';
import type { FieldError } from '../../components/error-summary';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { AUDIT_ACTIONS } from './audit-words';

/** What the filter form holds: ids, codes and YYYY-MM-DD dates (never names). */
export interface AuditFilterValues {
  userId: string;
  table: string;
  action: string;
  recordId: string;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilterValues = {
  userId: '',
  table: '',
  action: '',
  recordId: '',
  from: '',
  to: '',
};

/** The form's own checks, shown at the field; an empty form means "everything". */
export function auditFilterErrors(v: AuditFilterValues): FieldError[] {
  const errors: FieldError[] = [];
  if (v.recordId !== '' && !/^[A-Za-z0-9-]{1,64}$/.test(v.recordId.trim()))
    errors.push({
      id: 'recordId',
      message: 'Enter a record id as the app shows it, for example 0193c0de-…, or leave it empty',
    });
  if (v.from && v.to && v.from > v.to)
    errors.push({ id: 'to', message: 'The end date must be on or after the start date' });
  return errors;
}

const tableOptions = TABLE_NAMES.map((t) => ({ value: t, label: tableLabel(t) })).sort((a, b) =>
  a.label.localeCompare(b.label),
);

export function AuditFilterForm(props: {
  initial: AuditFilterValues;
  users: readonly AdminUser[];
  errors: readonly FieldError[];
  onApply: (values: AuditFilterValues) => void;
}) {
  const [v, setV] = useState(props.initial);
  const set = (key: keyof AuditFilterValues) => (value: string) => setV({ ...v, [key]: value });
  const error = (id: string) => props.errors.find((e) => e.id === id)?.message;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onApply({ ...v, recordId: v.recordId.trim() });
  };
  const userOptions = [...props.users]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.username})` }));
  return (
    <form onSubmit={submit} noValidate className="app-audit-filters">
      <Select
        id="userId"
        label="Who"
        value={v.userId}
        onChange={set('userId')}
        options={userOptions}
        emptyOption="Anyone"
      />
      <Select
        id="action"
        label="What they did"
        value={v.action}
        onChange={set('action')}
        options={AUDIT_ACTIONS}
        emptyOption="Anything"
      />
      <Select
        id="table"
        label="Record type"
        value={v.table}
        onChange={set('table')}
        options={tableOptions}
        emptyOption="Any record type"
      />
      <TextInput
        id="recordId"
        label="Record id"
        hint="Shows only entries about this one record"
        value={v.recordId}
        onChange={set('recordId')}
        error={error('recordId')}
        spellCheck={false}
      />
      <DateInput id="from" label="From" value={v.from} onChange={set('from')} />
      <DateInput id="to" label="To" value={v.to} onChange={set('to')} error={error('to')} />
      <div className="govuk-button-group">
        <Button>Show entries</Button>
        <Link className="govuk-link" to="/admin/audit" onClick={() => setV(NO_FILTERS)}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
