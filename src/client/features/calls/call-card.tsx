import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../domain/dates';
import { Tag } from '../../components/tag';
import { SyncBadge } from '../../forms/sync-badge';
import type { Reference } from '../../forms/use-reference-data';
import type { CallListRow } from '../../local-store/queries';
import { OverdueTag, RepeatTag, RiskTag, StatusTag, UpdateDueTag } from './call-tags';

/** The first line of a summary: what a card shows so the list stays scannable on a phone. */
export function firstLine(text: string): string {
  return text.trim().split(/\r?\n/, 1)[0] ?? '';
}

/**
 * One call in the list. The sync badge shows only while something is
 * pending or wrong: "Sent" on every card would be noise.
 */
export function CallCard({
  row,
  reference,
  repeat,
  caseReview = false,
}: {
  row: CallListRow;
  reference: Reference;
  repeat: boolean;
  /** Someone on the call may meet the ASB Case Review threshold (the chair's list). */
  caseReview?: boolean;
}) {
  const { call } = row;
  const categories = call.categoryIds.map((c) => reference.categoryNames[c] ?? c).join(', ');
  const pending = call._sync !== undefined && call._sync.state !== 'sent';
  return (
    <li className="app-card">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2 app-wrap-anywhere">
        <Link className="govuk-link" to={`/calls/${call.id}`}>
          {call.reference ?? 'Reference pending'}
          <span className="govuk-visually-hidden">{`, ${call.location.address}`}</span>
        </Link>
      </h3>
      <p className="govuk-body-s govuk-!-margin-bottom-2 app-card__summary">
        {firstLine(call.summary)}
      </p>
      <div className="app-card__tags">
        <StatusTag status={call.status} />
        <RiskTag risk={call.riskLevel} />
        <RepeatTag repeat={repeat} />
        {caseReview && <Tag colour="pink">ASB Case Review may be due</Tag>}
        <OverdueTag count={row.overdueCount} />
        <UpdateDueTag due={row.updateDue} />
        {pending && <SyncBadge sync={call._sync} />}
      </div>
      <p className="govuk-body-s govuk-!-margin-bottom-1 app-wrap-anywhere">
        {call.location.address},{' '}
        {reference.wardNames[call.location.wardCode] ?? call.location.wardCode}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0 app-wrap-anywhere app-secondary-text">
        Received {formatDateTime(call.receivedAt)}
        {categories && ` · ${categories}`}
      </p>
    </li>
  );
}
