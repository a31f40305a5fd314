import { Link } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import { TableHead } from '../../components/table-head';
import { usePageTitle } from '../../app/use-page-title';
import { ReferralStatusTag } from './marac-labels';
import { NotMember } from './not-member';
import { useMaracActor, useReferrals } from './use-marac-data';

/** Community MARAC referrals, newest first (members only: nobody else's device holds them). */
export function ReferralsListPage() {
  usePageTitle('Community MARAC referrals');
  const { member } = useMaracActor();
  const referrals = useReferrals();
  if (!member) return <NotMember />;
  return (
    <>
      <h1 className="govuk-heading-l">Community MARAC referrals</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to="/marac/meetings">
          Meetings
        </Link>{' '}
        ·{' '}
        <Link className="govuk-link" to="/marac/figures">
          Figures
        </Link>{' '}
        ·{' '}
        <Link className="govuk-link" to="/marac/refer">
          Make a referral
        </Link>
      </p>
      {referrals === undefined ? (
        <p className="govuk-body">Loading…</p>
      ) : referrals.length === 0 ? (
        <p className="govuk-body">No referrals yet.</p>
      ) : (
        <table className="govuk-table">
          <TableHead caption="Referrals" columns={['Subject', 'Referred', 'Status']} />
          <tbody className="govuk-table__body">
            {referrals.map((r) => (
              <tr className="govuk-table__row" key={r.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/marac/referrals/${r.id}`}>
                    {r.subjectName}
                  </Link>
                </td>
                <td className="govuk-table__cell">
                  {r.referredOn ? formatDate(r.referredOn) : 'Not sent yet'}
                </td>
                <td className="govuk-table__cell">
                  <ReferralStatusTag status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
