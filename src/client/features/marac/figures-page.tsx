import { useState } from 'react';
import { addMonths, formatDate, londonDate } from '../../../domain/dates';
import { maracKpis, periodSchema } from '../../../domain/rules/marac-kpis';
import { DateInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { SummaryList } from '../../components/summary-list';
import { issuesToErrors } from '../../forms/form-errors';
import { usePageTitle } from '../../app/use-page-title';
import { AllReferralsLink } from './all-referrals-link';
import { NotMember } from './not-member';
import { useMaracActor, useReferrals } from './use-marac-data';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The Community MARAC's figures for a period, from the records on this
 * member's device, by the same function the server's counts-only report uses.
 */
export function FiguresPage() {
  usePageTitle('Community MARAC figures');
  const { member } = useMaracActor();
  const referrals = useReferrals();
  const [from, setFrom] = useState(() => addMonths(londonDate(Date.now()), -3));
  const [to, setTo] = useState(() => londonDate(Date.now()));
  if (!member) return <NotMember />;
  const period = periodSchema.safeParse({ from, to });
  const errors = period.success ? [] : issuesToErrors(period.error.issues, ['from', 'to']);
  const fieldErrors = Object.fromEntries(errors.map((e) => [e.id, e.message]));
  const k = period.success && referrals ? maracKpis(referrals, period.data) : null;
  return (
    <>
      <AllReferralsLink />
      <h1 className="govuk-heading-l">Community MARAC figures</h1>
      <ErrorSummary errors={errors} />
      <DateInput id="from" label="From" value={from} error={fieldErrors.from} onChange={setFrom} />
      <DateInput id="to" label="To" value={to} error={fieldErrors.to} onChange={setTo} />
      {k && period.success && (
        <>
          <h2 className="govuk-heading-m">
            {formatDate(period.data.from)} to {formatDate(period.data.to)}
          </h2>
          <SummaryList
            rows={[
              { key: 'Referrals', value: String(k.referrals) },
              { key: 'of which re-referrals', value: String(k.reReferrals) },
              { key: 'Accepted', value: String(k.acceptances) },
              { key: 'Closed', value: String(k.closures) },
              { key: 'Closed as improved', value: String(k.closedImproved) },
              {
                key: 'Share improved (target 80%)',
                value:
                  k.shareImproved === null
                    ? 'No cases closed in this period'
                    : `${percent(k.shareImproved)}: ${k.meetsTarget ? 'target met' : 'below target'}`,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
