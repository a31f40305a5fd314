import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import { RISK_LABELS } from '../../../domain/reference/risk';
import { MARAC_CRITERIA } from '../../../domain/schemas/marac';
import { SummaryList } from '../../components/summary-list';
import { nameOf, useReferenceData } from '../../forms/use-reference-data';
import { usePageTitle } from '../../app/use-page-title';
import { recordView } from '../../sync/view-events';
import { OUTCOME_LABELS, ReferralStatusTag } from './marac-labels';
import { AllReferralsLink } from './all-referrals-link';
import { NotMember } from './not-member';
import { ReferralActions } from './referral-actions';
import { DecisionHistory, LinkedPeople } from './referral-history';
import { ReferralDecision } from './referral-next-step';
import { useMaracActor, useMeetings, useReferralBundle } from './use-marac-data';

const CRITERIA_NAMES: Record<string, string> = Object.fromEntries(
  MARAC_CRITERIA.map((c) => [c.id, c.name]),
);
const SAFE: Record<string, string> = { yes: 'Yes', no: 'No', unknown: 'Not known' };

/** One referral: what was referred, the panel's decisions, meetings, actions and outcome. */
export function ReferralPage() {
  usePageTitle('Community MARAC referral');
  const { referralId = '' } = useParams();
  const { member } = useMaracActor();
  const bundle = useReferralBundle(referralId);
  const meetings = useMeetings();
  const reference = useReferenceData();
  const found = bundle !== null && bundle !== undefined;
  useEffect(() => {
    // Opening a referral is audited (domain.md "Data protection"); the label holds no personal data.
    if (member && found) void recordView('maracReferrals', referralId, 'Referral opened');
  }, [member, found, referralId]);

  if (!member) return <NotMember />;
  if (bundle === null) return <h1 className="govuk-heading-l">Referral not found</h1>;
  if (!bundle || !reference || !meetings) return <h1 className="govuk-heading-l">Referral</h1>;
  const { referral: r, actions, decisions, links } = bundle;
  const agency = (id: string) => nameOf(reference.agencyNames, id);
  return (
    <>
      <AllReferralsLink />
      <span className="govuk-caption-l">Community MARAC referral</span>
      <h1 className="govuk-heading-l">
        {r.subjectName} <ReferralStatusTag status={r.status} />
      </h1>
      <SummaryList
        rows={[
          { key: 'About', value: r.subjectType },
          { key: 'Referred by', value: `${r.referringOfficer}, ${agency(r.referringAgencyId)}` },
          { key: 'Referred on', value: r.referredOn ? formatDate(r.referredOn) : 'Not sent yet' },
          { key: 'Aliases', value: r.aliases.join(', ') || 'None' },
          {
            key: 'Dates of birth',
            value: r.datesOfBirth.map(formatDate).join(', ') || 'Not known',
          },
          { key: 'Address', value: r.address ?? 'Not given' },
          {
            key: 'Phone',
            value: r.phone ? `${r.phone} (safe to call: ${SAFE[r.safeToCall]})` : 'Not given',
          },
          { key: 'Other parties', value: r.otherParties ?? 'None' },
          { key: 'Criteria', value: r.criteria.map((c) => CRITERIA_NAMES[c] ?? c).join('; ') },
          { key: 'Risk', value: RISK_LABELS[r.riskLevel] },
          {
            key: 'Consent',
            value: r.consent.given ? 'Given' : `Not given: ${r.consent.whyNot ?? ''}`,
          },
          { key: 'Reason', value: r.reason },
          { key: 'Risks', value: r.risks ?? 'None given' },
          { key: 'Agencies involved', value: r.agenciesInvolved.map(agency).join(', ') || 'None' },
          { key: 'Actions already tried', value: r.actionsTried ?? 'None given' },
          ...(r.decidedOn ? [{ key: 'Decided on', value: formatDate(r.decidedOn) }] : []),
          ...(r.advice ? [{ key: 'Advice', value: r.advice }] : []),
          ...(r.redirectedTo ? [{ key: 'Redirected to', value: r.redirectedTo }] : []),
          ...(r.earlierReferralId
            ? [
                {
                  key: 'Re-referral of',
                  value: (
                    <Link className="govuk-link" to={`/marac/referrals/${r.earlierReferralId}`}>
                      the earlier case
                    </Link>
                  ),
                },
              ]
            : []),
          ...(r.outcome
            ? [
                {
                  key: 'Outcome',
                  value: `${OUTCOME_LABELS[r.outcome]}${r.closedOn ? ` (closed ${formatDate(r.closedOn)})` : ''}: ${r.outcomeReason ?? ''}`,
                },
              ]
            : []),
        ]}
      />
      <DecisionHistory decisions={decisions} meetings={meetings} />
      <ReferralDecision referral={r} meetings={meetings} />
      <ReferralActions
        referral={r}
        actions={actions}
        meetings={meetings}
        agencies={reference.agencies}
        agencyNames={reference.agencyNames}
      />
      <LinkedPeople referralId={r.id} links={links} />
    </>
  );
}
