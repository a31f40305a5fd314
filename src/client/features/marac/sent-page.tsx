import { Link, useLocation } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import { NotificationBanner } from '../../components/notification-banner';
import { TableHead } from '../../components/table-head';
import { usePageTitle } from '../../app/use-page-title';
import { useReceipts, useReferrals, useMaracActor } from './use-marac-data';

/**
 * The referrals this user sent. A non-member sees only receipts (id, date,
 * "received") and how many are still waiting to send: nothing about who.
 */
export function SentPage() {
  usePageTitle('Referrals you sent');
  const receipts = useReceipts();
  const pending = useReferrals();
  const { member } = useMaracActor();
  const sent = (useLocation().state as { sent?: boolean } | null)?.sent;
  const waiting = member ? 0 : (pending?.length ?? 0);
  return (
    <>
      {sent && (
        <NotificationBanner
          title="Referral saved"
          heading="Your referral is saved on this device and will be sent at the next sync."
          type="success"
        />
      )}
      <h1 className="govuk-heading-l">Referrals you sent</h1>
      {waiting > 0 && (
        <p className="govuk-body" role="status">
          {waiting === 1 ? '1 referral is' : `${waiting} referrals are`} waiting to be sent.
        </p>
      )}
      {receipts && receipts.length > 0 ? (
        <table className="govuk-table">
          <TableHead
            caption="Receipts for referrals sent"
            columns={['Receipt', 'Date', 'Status']}
          />
          <tbody className="govuk-table__body">
            {receipts.map((r) => (
              <tr className="govuk-table__row" key={r.id}>
                <td className="govuk-table__cell app-wrap-anywhere">{r.id.slice(-12)}</td>
                <td className="govuk-table__cell">{formatDate(r.date)}</td>
                <td className="govuk-table__cell">Received</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">No receipts on this device yet.</p>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to="/marac/refer">
          Make another referral
        </Link>
      </p>
    </>
  );
}
