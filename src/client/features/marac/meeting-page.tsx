import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import { meetingAgenda } from '../../../domain/rules/marac';
import type { MaracAttendee, MaracMeeting } from '../../../domain/schemas/marac';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { nameOf, useReferenceData } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { usePageTitle } from '../../app/use-page-title';
import { AttendeeRows } from './attendee-rows';
import { ACTION_STATUS_LABELS } from './marac-labels';
import { useMaracWrites } from './marac-writes';
import { NotMember } from './not-member';
import { useMaracActions, useMaracActor, useMeetings, useReferrals } from './use-marac-data';
import './marac-print.css';

const filled = (rows: MaracAttendee[]) => rows.filter((r) => r.agencyId || r.name.trim());

/** One meeting: its agenda (new referrals, open cases and their actions) and its minutes; printable. */
export function MeetingPage() {
  usePageTitle('Community MARAC meeting');
  const { meetingId = '' } = useParams();
  const { member } = useMaracActor();
  const meetings = useMeetings();
  const referrals = useReferrals();
  const actions = useMaracActions();
  const reference = useReferenceData();
  const meeting = meetings?.find((m) => m.id === meetingId);
  if (!member) return <NotMember />;
  if (meetings && !meeting) return <h1 className="govuk-heading-l">Meeting not found</h1>;
  if (!meeting || !referrals || !actions || !reference)
    return <h1 className="govuk-heading-l">Meeting</h1>;
  const agenda = meetingAgenda(referrals, actions);
  const agency = (id: string) => nameOf(reference.agencyNames, id);
  return (
    <>
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to="/marac/meetings">
          All meetings
        </Link>
      </p>
      <h1 className="govuk-heading-l">Community MARAC meeting, {formatDate(meeting.date)}</h1>
      <Button type="button" variant="secondary" onClick={() => window.print()}>
        Print agenda and minutes
      </Button>
      <h2 className="govuk-heading-m">Agenda</h2>
      <h3 className="govuk-heading-s">New referrals</h3>
      {agenda.newReferrals.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <ol className="govuk-list govuk-list--number">
          {agenda.newReferrals.map((r) => (
            <li key={r.id}>
              <Link className="govuk-link" to={`/marac/referrals/${r.id}`}>
                {r.subjectName}
              </Link>
            </li>
          ))}
        </ol>
      )}
      <h3 className="govuk-heading-s">Open cases</h3>
      {agenda.openCases.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <ol className="govuk-list govuk-list--number">
          {agenda.openCases.map(({ referral, openActions }) => (
            <li key={referral.id}>
              <Link className="govuk-link" to={`/marac/referrals/${referral.id}`}>
                {referral.subjectName}
              </Link>
              {openActions.length > 0 && (
                <ul className="govuk-list govuk-list--bullet">
                  {openActions.map((a) => (
                    <li key={a.id}>
                      {a.text} – {agency(a.agencyId)}, due {formatDate(a.dueDate)} (
                      {ACTION_STATUS_LABELS[a.status]})
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <MinutesForm meeting={meeting} />
    </>
  );
}

function MinutesForm({ meeting }: { meeting: MaracMeeting }) {
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
    <form onSubmit={(e) => void save(e)} noValidate className="app-minutes">
      <h2 className="govuk-heading-m">Minutes</h2>
      <ErrorSummary errors={form.errors} />
      {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
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
