import { Link, useParams } from 'react-router-dom';
import { canRunCommand } from '../../../domain/access';
import { formatDate, formatDateTime } from '../../../domain/dates';
import { appealEndsOn, nextReviewDue } from '../../../domain/rules/enforcement-dates';
import { SummaryList, type SummaryRow } from '../../components/summary-list';
import { nameOf, useReferenceData } from '../../forms/use-reference-data';
import { useUserDirectory } from '../../forms/use-user-directory';
import { LoadingPage } from '../../components/loading-page';
import { useActor } from '../../app/use-actor';
import { EnforcementActions } from './enforcement-actions';
import { EnforcementStatusTag, stepName } from './enforcement-format';
import { useEnforcementBundle } from './use-enforcement';

/** One enforcement record: who, what step, linked calls, terms, delivery, reviews, breaches. */
export function EnforcementPage() {
  const { enforcementId = '' } = useParams();
  const data = useEnforcementBundle(enforcementId);
  const ref = useReferenceData();
  const actor = useActor();
  const directory = useUserDirectory();
  if (data === undefined || !ref) return <LoadingPage title="Enforcement record" />;
  if (data === null)
    return (
      <>
        <h1 className="govuk-heading-l">Record not found</h1>
        <p className="govuk-body">This enforcement record is not on this device.</p>
        <Link className="govuk-link" to="/enforcement">
          Back to enforcement
        </Link>
      </>
    );
  const { record, letters, deliveryTasks, calls, steps } = data;
  const step = steps.find((s) => s.id === record.stepId);
  const userName = directory.nameOf;
  const review = step && nextReviewDue(record, step);
  const appeal = step && appealEndsOn(step, record.issuedDate);
  const task = deliveryTasks[0];
  const delivery =
    record.deliveryMethod === 'post'
      ? 'By post'
      : `By hand${task ? `, assigned to ${task.assigneeUserId ? userName(task.assigneeUserId) : nameOf(ref.agencyNames, task.assigneeAgencyId)}, due ${formatDate(task.dueDate)}` : ''}`;
  const delivered = record.deliveredAt ?? task?.deliveredAt;
  const rows: SummaryRow[] = [
    { key: 'Status', value: <EnforcementStatusTag status={record.status} /> },
    {
      key: 'Recipient',
      value: `${record.recipientName} (${record.recipientType === 'person' ? 'a person' : 'an organisation'})`,
    },
    { key: 'Address', value: record.recipientAddress ?? 'Not recorded' },
    { key: 'Step', value: stepName(steps, record.stepId) },
    { key: 'Issuing agency', value: nameOf(ref.agencyNames, record.issuingAgencyId) },
    {
      key: 'Issued',
      value: `${formatDate(record.issuedDate)}${record.issuedBy ? ` by ${userName(record.issuedBy)}` : ''}`,
    },
    ...(record.endDate ? [{ key: 'Ends', value: formatDate(record.endDate) }] : []),
    ...(appeal ? [{ key: 'Appeal window ends', value: formatDate(appeal) }] : []),
    ...(review ? [{ key: 'Next review due', value: formatDate(review) }] : []),
    {
      key: 'Reviews held',
      value: record.reviewDates.length ? record.reviewDates.map(formatDate).join(', ') : 'None yet',
    },
    { key: 'Delivery', value: delivery },
    { key: 'Delivered', value: delivered ? formatDateTime(delivered) : 'Not yet delivered' },
    {
      key: 'Terms',
      value: record.terms ? <span className="app-preserve-lines">{record.terms}</span> : 'None',
    },
  ];
  const escalatedFrom = record.escalatedFromId;
  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-link" to="/enforcement">
          Back to enforcement
        </Link>
      </p>
      <h1 className="govuk-heading-l">
        {record.recipientName}: {stepName(steps, record.stepId)}
      </h1>
      <SummaryList rows={rows} />
      {(escalatedFrom || record.escalatedToId) && (
        <p className="govuk-body">
          {escalatedFrom && (
            <Link className="govuk-link" to={`/enforcement/${escalatedFrom}`}>
              The record this escalates from
            </Link>
          )}
          {escalatedFrom && record.escalatedToId && ' · '}
          {record.escalatedToId && (
            <Link className="govuk-link" to={`/enforcement/${record.escalatedToId}`}>
              The record it was escalated to
            </Link>
          )}
        </p>
      )}

      <h2 className="govuk-heading-m">Linked calls</h2>
      {calls.length === 0 ? (
        <p className="govuk-body">No calls are linked, or they are not on this device.</p>
      ) : (
        <ul className="govuk-list">
          {calls.map((c) => (
            <li key={c.id}>
              <Link className="govuk-link" to={`/calls/${c.id}`}>
                {c.reference ?? 'Reference pending'}
              </Link>
              {`: ${formatDate(c.incidentDate)}, ${nameOf(ref.wardNames, c.location.wardCode)}, ${c.categoryIds.map((id) => nameOf(ref.categoryNames, id)).join(', ')}`}
            </li>
          ))}
        </ul>
      )}

      <h2 className="govuk-heading-m">Breaches</h2>
      {record.breaches.length === 0 ? (
        <p className="govuk-body">No breaches recorded.</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {record.breaches.map((b, i) => (
            <li key={`${b.date}-${i}`}>
              <strong>{formatDate(b.date)}</strong>:{' '}
              <span className="app-preserve-lines">{b.note}</span>
              {b.callId && (
                <>
                  {' '}
                  (
                  <Link className="govuk-link" to={`/calls/${b.callId}`}>
                    linked call
                  </Link>
                  )
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2 className="govuk-heading-m">Letter</h2>
      {letters.length === 0 ? (
        <p className="govuk-body">No letter is stored with this record.</p>
      ) : (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/enforcement/${record.id}/letter`}>
            View and print the letter as issued
          </Link>
        </p>
      )}

      {actor && canRunCommand(actor, 'enforcement.review') && (
        <EnforcementActions record={record} calls={calls} step={step} />
      )}
    </>
  );
}
