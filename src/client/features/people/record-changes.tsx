import { formatDateTime } from '../../../domain/dates';
import {
  PERSON_FLAG_LABELS,
  type PersonFlag,
  type RecordEdit,
} from '../../../domain/schemas/people';
import { Timeline } from '../../components/timeline';
import { nameOf, type Reference } from '../../forms/use-reference-data';
import { useUserDirectory } from '../../forms/use-user-directory';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  aliases: 'Other names',
  dateOfBirth: 'Date of birth',
  address: 'Address',
  wardCode: 'Ward',
  flags: 'Flags',
};

type Value = RecordEdit['changes'][number]['from'];

function shown(field: string, value: Value, reference: Reference): string {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return 'none';
  if (field === 'wardCode' && typeof value === 'string') return nameOf(reference.wardNames, value);
  if (field === 'flags' && Array.isArray(value))
    return value.map((f) => PERSON_FLAG_LABELS[f as PersonFlag] ?? f).join(', ');
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * "Changes": a person's or location's field-level history, newest first,
 * each edit with who made it and every field from and to. Shown on the
 * edit screens and on the record's page.
 */
export function RecordChanges({
  history,
  reference,
}: {
  history: readonly RecordEdit[] | undefined;
  reference: Reference;
}) {
  const users = useUserDirectory();
  const edits = [...(history ?? [])].reverse();
  return (
    <section aria-labelledby="record-changes-heading">
      <h2 className="govuk-heading-m" id="record-changes-heading">
        Changes
      </h2>
      {edits.length === 0 ? (
        <p className="govuk-body">No changes since the record was made.</p>
      ) : (
        <Timeline
          label="Changes to this record"
          entries={edits.map((edit, i) => ({
            key: `${edit.at}-${i}`,
            at: edit.at,
            atLabel: formatDateTime(edit.at),
            title: edit.changes.map((c) => FIELD_LABELS[c.field] ?? c.field).join(', '),
            by: users.nameOf(edit.by),
            body: (
              <ul className="govuk-list">
                {edit.changes.map((c) => (
                  <li key={c.field}>
                    {FIELD_LABELS[c.field] ?? c.field}: {shown(c.field, c.from, reference)} →{' '}
                    {shown(c.field, c.to, reference)}
                  </li>
                ))}
              </ul>
            ),
          }))}
        />
      )}
    </section>
  );
}
