import { Link } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import type { MaracDecision, MaracMeeting } from '../../../domain/schemas/marac';
import type { LinkedPerson } from '../../local-store/marac-queries';
import { DECISION_LABELS, OUTCOME_LABELS } from './marac-labels';

/** What one decision said, beyond its kind and date. */
function detailOf(d: MaracDecision, meetings: readonly MaracMeeting[]): string {
  if (d.advice) return `: ${d.advice}`;
  if (d.redirectedTo) return ` to ${d.redirectedTo}`;
  if (d.outcome) return ` as ${OUTCOME_LABELS[d.outcome].toLowerCase()}: ${d.reason ?? ''}`;
  const meeting = meetings.find((m) => m.id === d.meetingId);
  return meeting ? ` on ${formatDate(meeting.date)}` : '';
}

/** The panel's decisions on the referral, oldest first, as the server recorded them. */
export function DecisionHistory(props: {
  decisions: readonly MaracDecision[];
  meetings: readonly MaracMeeting[];
}) {
  return (
    <section aria-labelledby="decisions-heading">
      <h2 className="govuk-heading-m" id="decisions-heading">
        Decisions
      </h2>
      {props.decisions.length === 0 ? (
        <p className="govuk-body">None recorded yet. Decisions show here once they have synced.</p>
      ) : (
        <ol className="govuk-list">
          {props.decisions.map((d) => (
            <li key={d.id}>
              {formatDate(d.date)}: {DECISION_LABELS[d.decision]}
              {detailOf(d, props.meetings)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Who a linked person record is, in a line, or that this device does not hold it. */
export function personLine({ person }: LinkedPerson): string {
  if (!person) return 'A person record not on this device';
  const dob = person.dateOfBirth ? `, born ${formatDate(person.dateOfBirth)}` : '';
  return `${person.name}${dob}${person.address ? `, ${person.address}` : ''}`;
}

/** The shared person records a member linked the subject to (MARAC records themselves). */
export function LinkedPeople({ referralId, links }: { referralId: string; links: LinkedPerson[] }) {
  return (
    <section aria-labelledby="links-heading">
      <h2 className="govuk-heading-m" id="links-heading">
        Linked person records
      </h2>
      {links.length === 0 ? (
        <p className="govuk-body">Not linked to any person record.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {links.map((l) => (
            <li key={l.link.id}>{personLine(l)}</li>
          ))}
        </ul>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/marac/referrals/${referralId}/people`}>
          Link to person records
        </Link>
      </p>
    </section>
  );
}
