import { Link } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import type { Enforcement } from '../../../domain/schemas/enforcement';
import { Tag, type TagColour } from '../../components/tag';

/** Plain-English status labels and colours shared by the enforcement screens. */
const STATUS: Record<Enforcement['status'], { label: string; colour: TagColour }> = {
  draft: { label: 'Not issued', colour: 'grey' },
  active: { label: 'Active', colour: 'blue' },
  breached: { label: 'Breached', colour: 'red' },
  complied: { label: 'Complied', colour: 'green' },
  expired: { label: 'Expired', colour: 'grey' },
  escalated: { label: 'Escalated', colour: 'purple' },
};

export function EnforcementStatusTag({ status }: { status: Enforcement['status'] }) {
  const s = STATUS[status];
  return <Tag colour={s.colour}>{s.label}</Tag>;
}

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
