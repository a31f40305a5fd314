import { useState, type FormEvent } from 'react';
import { formatDate, londonDate } from '../../../domain/dates';
import type { GroupMeeting } from '../../../domain/schemas/groups';
import { Button } from '../../components/button';
import { Checkboxes } from '../../components/checkboxes';
import { DateInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import type { SelectOption } from '../../components/select';
import { SummaryList } from '../../components/summary-list';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { nameOf } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { useGroupWrites } from './use-groups';

const PREFIX = 'meeting';
const id = (f: string) => `${PREFIX}-${f}`;
const ORDER = ['date', 'attendees', 'attendeeAgencyIds', 'apologyAgencyIds', 'notes'].map(id);

/** Meetings, oldest first (minutes are append-only), and a form to add one. */
export function MeetingsSection(props: {
  groupId: string;
  meetings: readonly GroupMeeting[];
  mayChange: boolean;
  agencies: readonly SelectOption[];
  agencyNames: Record<string, string>;
}) {
  const names = (ids: readonly string[] | undefined) =>
    ids?.length ? ids.map((a) => nameOf(props.agencyNames, a)).join(', ') : 'None';
  return (
    <section aria-labelledby="meetings-heading">
      <h2 className="govuk-heading-m" id="meetings-heading">
        Meetings
      </h2>
      {props.meetings.length === 0 ? (
        <p className="govuk-body">No meetings yet.</p>
      ) : (
        props.meetings.map((m) => (
          <section key={m.id} aria-label={`Meeting on ${formatDate(m.date)}`}>
            <h3 className="govuk-heading-s">{formatDate(m.date)}</h3>
            <SummaryList
              rows={[
                { key: 'Attendees', value: m.attendees },
                { key: 'Agencies present', value: names(m.attendeeAgencyIds) },
                { key: 'Apologies', value: names(m.apologyAgencyIds) },
                { key: 'Minutes', value: <span className="app-preserve-lines">{m.notes}</span> },
              ]}
            />
          </section>
        ))
      )}
      {props.mayChange && <NewMeetingForm groupId={props.groupId} agencies={props.agencies} />}
    </section>
  );
}

function NewMeetingForm({
  groupId,
  agencies,
}: {
  groupId: string;
  agencies: readonly SelectOption[];
}) {
  const writes = useGroupWrites();
  const form = useSubmit({ prefix: PREFIX, mainField: 'notes', order: ORDER });
  const [date, setDate] = useState(londonDate(new Date()));
  const [attendees, setAttendees] = useState('');
  const [present, setPresent] = useState<string[]>([]);
  const [apologies, setApologies] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [added, setAdded] = useState(false);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setAdded(false);
    const ok = await form.run(() =>
      writes.addMeeting(groupId, {
        date,
        attendees,
        attendeeAgencyIds: present,
        apologyAgencyIds: apologies.filter((a) => !present.includes(a)),
        notes,
      }),
    );
    if (ok) {
      setAttendees('');
      setPresent([]);
      setApologies([]);
      setNotes('');
      setAdded(true);
    }
  };
  return (
    <form onSubmit={(e) => void save(e)} noValidate className="app-no-print">
      <h3 className="govuk-heading-s">Add a meeting</h3>
      <ErrorSummary errors={form.errors} />
      {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
      {added && (
        <p className="govuk-body" role="status">
          Meeting added.
        </p>
      )}
      <DateInput
        id={id('date')}
        label="Meeting date"
        value={date}
        error={form.fieldErrors[id('date')]}
        onChange={setDate}
      />
      <TextInput
        id={id('attendees')}
        label="Attendees"
        hint="Names and roles, for example PC Moore, J. Patel (West Kent Housing)"
        value={attendees}
        error={form.fieldErrors[id('attendees')]}
        onChange={setAttendees}
      />
      <Checkboxes
        id={id('attendeeAgencyIds')}
        legend="Agencies present"
        legendSize="s"
        small
        values={present}
        items={agencies}
        onChange={setPresent}
      />
      <Checkboxes
        id={id('apologyAgencyIds')}
        legend="Apologies from"
        legendSize="s"
        small
        values={apologies}
        items={agencies.filter((a) => !present.includes(a.value))}
        onChange={setApologies}
      />
      <Textarea
        id={id('notes')}
        label="Minutes"
        value={notes}
        error={form.fieldErrors[id('notes')]}
        onChange={setNotes}
        maxLength={8000}
      />
      <Button busy={form.busy}>Add meeting</Button>
    </form>
  );
}
