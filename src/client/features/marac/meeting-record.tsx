import type {
  MaracAction,
  MaracAttendee,
  MaracMeeting,
  MaracReferral,
} from '../../../domain/schemas/marac';
import { formatDate } from '../../../domain/dates';
import { nameOf } from '../../forms/use-reference-data';
import { ACTION_STATUS_LABELS } from './marac-labels';

interface Props {
  meeting: MaracMeeting;
  referrals: readonly MaracReferral[];
  actions: readonly MaracAction[];
  agencyNames: Record<string, string>;
}

function People({
  rows,
  agencyNames,
}: {
  rows: MaracAttendee[];
  agencyNames: Props['agencyNames'];
}) {
  if (rows.length === 0) return <>None recorded</>;
  return <>{rows.map((r) => `${r.name} (${nameOf(agencyNames, r.agencyId)})`).join('; ')}</>;
}

/**
 * The meeting's record as saved: the minutes (in print, instead of the
 * form), and per case the actions it agreed and the earlier actions it
 * minuted as "circumstances changed" or "agency did not complete".
 */
export function MeetingRecord({ meeting, referrals, actions, agencyNames }: Props) {
  const subject = (id: string) => referrals.find((r) => r.id === id)?.subjectName ?? 'A case';
  const agreed = actions.filter((a) => a.meetingId === meeting.id);
  const minuted = actions.filter((a) => a.reviewedAtMeetingId === meeting.id);
  const line = (a: MaracAction) =>
    `${subject(a.referralId)}: ${a.text} – ${nameOf(agencyNames, a.agencyId)}${a.owner ? ` (${a.owner})` : ''}, due ${formatDate(a.dueDate)}`;
  return (
    <>
      <section className="app-print-only" aria-label="Minutes as saved">
        <h2 className="govuk-heading-m">Minutes</h2>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Chair</dt>
            <dd className="govuk-summary-list__value">{meeting.chair || 'Not recorded'}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Attendees</dt>
            <dd className="govuk-summary-list__value">
              <People rows={meeting.attendees ?? []} agencyNames={agencyNames} />
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Apologies</dt>
            <dd className="govuk-summary-list__value">
              <People rows={meeting.apologies ?? []} agencyNames={agencyNames} />
            </dd>
          </div>
        </dl>
        <p className="govuk-body app-preserve-lines">{meeting.minutes || 'No minutes recorded.'}</p>
      </section>
      <section aria-labelledby="record-heading">
        <h2 className="govuk-heading-m" id="record-heading">
          Actions at this meeting
        </h2>
        <h3 className="govuk-heading-s">Agreed</h3>
        {agreed.length === 0 ? (
          <p className="govuk-body">None.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {agreed.map((a) => (
              <li key={a.id}>
                {line(a)}: {ACTION_STATUS_LABELS[a.status]}
              </li>
            ))}
          </ul>
        )}
        <h3 className="govuk-heading-s">Minuted as incomplete</h3>
        {minuted.length === 0 ? (
          <p className="govuk-body">None.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {minuted.map((a) => (
              <li key={a.id}>
                {line(a)}: {ACTION_STATUS_LABELS[a.status]}
                {a.reviewNote ? `. ${a.reviewNote}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
