import { useState, type FormEvent } from 'react';
import type { MaracAttendee, MaracMeeting } from '../../../domain/schemas/marac';
import { Button } from '../../components/button';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { useReferenceData } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { AttendeeRows } from './attendee-rows';
import { FormProblems } from './form-problems';
import { useMaracWrites } from './marac-writes';

const filled = (rows: MaracAttendee[]) => rows.filter((r) => r.agencyId || r.name.trim());

/** The meeting's minutes: chair, attendees and apologies by agency, and the notes. */
export function MinutesForm({ meeting }: { meeting: MaracMeeting }) {
  const writes = useMaracWrites();
  const reference = useReferenceData();
  const form = useSubmit({ mainField: 'minutes' });
  const [chair, setChair] = useState(meeting.chair ?? '');
  const [attendees, setAttendees] = useState<MaracAttendee[]>(meeting.attendees ?? []);
  const [apologies, setApologies] = useState<MaracAttendee[]>(meeting.apologies ?? []);
  const [minutes, setMinutes] = useState(meeting.minutes ?? '');
  const [saved, setSaved] = useState(false);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.run(() =>
      writes.saveMinutes(meeting.id, {
        chair,
        attendees: filled(attendees),
        apologies: filled(apologies),
        minutes,
      }),
    );
    setSaved(ok);
  };
  const agencies = reference?.agencies ?? [];
  return (
    <form onSubmit={(e) => void save(e)} noValidate className="app-minutes app-no-print">
      <h2 className="govuk-heading-m">Minutes</h2>
      <FormProblems form={form} />
      {saved && (
        <p className="govuk-body" role="status">
          Minutes saved.
        </p>
      )}
      <TextInput
        id="chair"
        label="Chair"
        value={chair}
        error={form.fieldErrors.chair}
        onChange={setChair}
      />
      <AttendeeRows
        id="attendees"
        legend="Attendees"
        addLabel="Add an attendee"
        rows={attendees}
        agencies={agencies}
        errors={form.fieldErrors}
        onChange={setAttendees}
      />
      <AttendeeRows
        id="apologies"
        legend="Apologies"
        addLabel="Add apologies"
        rows={apologies}
        agencies={agencies}
        errors={form.fieldErrors}
        onChange={setApologies}
      />
      <Textarea
        id="minutes"
        label="Minutes"
        value={minutes}
        error={form.fieldErrors.minutes}
        onChange={setMinutes}
        rows={8}
      />
      <Button busy={form.busy}>Save minutes</Button>
    </form>
  );
}
