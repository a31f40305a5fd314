import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { londonDate } from '../../../domain/dates';
import { PERSON_FLAG_LABELS, PERSON_FLAGS, type PersonFlag } from '../../../domain/schemas/people';
import { usePageTitle } from '../../app/use-page-title';
import { Checkboxes } from '../../components/checkboxes';
import { DateInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { LoadingPage } from '../../components/loading-page';
import { NotificationBanner } from '../../components/notification-banner';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { useReferenceData } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { useDb } from '../../local-store/db-context';
import { editPerson, personEditArgs } from '../../local-store/record-edits-repo';
import type { LocalPerson } from '../../local-store/types';
import { RecordNotFound } from './record-parts';
import { RecordChanges } from './record-changes';
import { usePerson } from './use-record-edits';

const ORDER = ['name', 'aliases', 'dateOfBirth', 'address', 'wardCode', 'flags'];
const FLAG_ITEMS = PERSON_FLAGS.map((f) => ({ value: f, label: PERSON_FLAG_LABELS[f] }));

interface PersonForm {
  name: string;
  /** One other name per line. */
  aliases: string;
  dateOfBirth: string;
  address: string;
  wardCode: string;
  flags: PersonFlag[];
}

function formOf(p: LocalPerson): PersonForm {
  return {
    name: p.name,
    aliases: p.aliases.join('\n'),
    dateOfBirth: p.dateOfBirth ?? '',
    address: p.address ?? '',
    wardCode: p.wardCode ?? '',
    flags: [...p.flags],
  };
}

/** `/people/:personId/edit`: the chair and the ASB officer correct a person's details and flags. */
export function PersonEditPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  const reference = useReferenceData();
  usePageTitle('Change a person’s details');
  if (person === undefined || !reference) return <LoadingPage title="Change a person’s details" />;
  if (person === null) return <RecordNotFound kind="person" />;
  return <PersonEditForm key={person.id} person={person} />;
}

function PersonEditForm({ person }: { person: LocalPerson }) {
  const db = useDb();
  const reference = useReferenceData();
  const [v, setV] = useState<PersonForm>(() => formOf(person));
  const [saved, setSaved] = useState(false);
  const form = useSubmit({ mainField: 'name', order: ORDER });
  if (!reference) return null;
  const change = (patch: Partial<PersonForm>) => {
    setSaved(false);
    setV((prev) => ({ ...prev, ...patch }));
  };
  const fieldError = (id: string) =>
    Object.entries(form.fieldErrors).find(([k]) => k === id || k.startsWith(`${id}-`))?.[1];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const args = personEditArgs({ ...v, aliases: v.aliases.split('\n') });
    if (await form.run(() => editPerson(db, person.id, args))) setSaved(true);
  };

  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/people/${person.id}`}>
          Back to {person.name}
        </Link>
      </p>
      <h1 className="govuk-heading-l" id="main-heading" tabIndex={-1}>
        Change a person’s details
      </h1>
      {saved && (
        <NotificationBanner
          type="success"
          heading="Changes saved on this device. They will be sent when there is signal."
        />
      )}
      {person.mergedInto ? (
        <p className="govuk-body">
          This record was merged into{' '}
          <Link className="govuk-link" to={`/people/${person.mergedInto}/edit`}>
            another person’s record
          </Link>
          : change that one instead.
        </p>
      ) : (
        <>
          <ErrorSummary errors={form.errors} />
          {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
          <form noValidate onSubmit={(e) => void submit(e)}>
            <TextInput
              id="name"
              label="Name"
              value={v.name}
              error={fieldError('name')}
              onChange={(name) => change({ name })}
            />
            <Textarea
              id="aliases"
              label="Other names or aliases"
              hint="One per line, up to 10"
              rows={3}
              value={v.aliases}
              error={fieldError('aliases')}
              onChange={(aliases) => change({ aliases })}
            />
            <DateInput
              id="dateOfBirth"
              label="Date of birth (optional)"
              max={londonDate(new Date())}
              value={v.dateOfBirth}
              error={fieldError('dateOfBirth')}
              onChange={(dateOfBirth) => change({ dateOfBirth })}
            />
            <TextInput
              id="address"
              label="Address (optional)"
              value={v.address}
              error={fieldError('address')}
              onChange={(address) => change({ address })}
            />
            <Select
              id="wardCode"
              label="Ward (optional)"
              emptyOption="No ward"
              options={reference.wards}
              value={v.wardCode}
              error={fieldError('wardCode')}
              onChange={(wardCode) => change({ wardCode })}
            />
            <Checkboxes
              id="flags"
              legend="Flags"
              legendSize="s"
              small
              items={FLAG_ITEMS}
              values={v.flags}
              error={fieldError('flags')}
              onChange={(flags) => change({ flags: flags as PersonFlag[] })}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" disabled={form.busy}>
                Save changes
              </button>
              <Link className="govuk-link" to={`/people/${person.id}`}>
                Cancel
              </Link>
            </div>
          </form>
        </>
      )}
      <RecordChanges history={person.history} reference={reference} />
    </>
  );
}
