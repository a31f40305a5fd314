import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import { meetingAgenda } from '../../../domain/rules/marac';
import { Button } from '../../components/button';
import { useReferenceData } from '../../forms/use-reference-data';
import { usePageTitle } from '../../app/use-page-title';
import { ActionItem } from './action-item';
import { MeetingRecord } from './meeting-record';
import { MinutesForm } from './minutes-form';
import { NotMember } from './not-member';
import { useMaracActions, useMaracActor, useMeetings, useReferrals } from './use-marac-data';
import './marac-print.css';

/**
 * One meeting: its agenda (new referrals, then open cases with their open
 * actions, each done or minuted as incomplete here), its minutes and the
 * record of actions agreed and minuted; agenda and minutes print.
 */
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
  return (
    <div className="app-meeting">
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
                <ul className="govuk-list">
                  {openActions.map((a) => (
                    <ActionItem
                      key={a.id}
                      action={a}
                      caseOpen
                      latest={meeting}
                      agencyNames={reference.agencyNames}
                    />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <MinutesForm meeting={meeting} />
      <MeetingRecord
        meeting={meeting}
        referrals={referrals}
        actions={actions}
        agencyNames={reference.agencyNames}
      />
    </div>
  );
}
