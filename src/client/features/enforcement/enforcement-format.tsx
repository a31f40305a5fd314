import { Link } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import type { Enforcement } from '../../../domain/schemas/enforcement';

export { EnforcementStatusTag } from '../../components/record-status-tags';

export function stepName(steps: readonly { id: string; name: string }[], id: string): string {
  return steps.find((s) => s.id === id)?.name ?? id;
}

/** A link to a record, named by recipient, step and date so a list of them reads well. */
export function RecordLink({
  record,
  steps,
}: {
  record: Enforcement;
  steps: readonly { id: string; name: string }[];
}) {
  return (
    <Link className="govuk-link" to={`/enforcement/${record.id}`}>
      {record.recipientName}: {stepName(steps, record.stepId)}, {formatDate(record.issuedDate)}
    </Link>
  );
}
