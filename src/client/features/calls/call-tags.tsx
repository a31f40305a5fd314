import { Tag, type TagColour } from '../../components/tag';
import { RISK_LABELS, type RiskLevel } from '../../../domain/reference/risk';
import type { CallStatus } from '../../../domain/schemas/calls';

const STATUS: Record<CallStatus, { label: string; colour: TagColour }> = {
  new: { label: 'New', colour: 'blue' },
  open: { label: 'Open', colour: 'turquoise' },
  closed: { label: 'Closed', colour: 'grey' },
};

const RISK: Record<RiskLevel, TagColour> = { standard: 'grey', medium: 'orange', high: 'red' };

export function StatusTag({ status }: { status: CallStatus }) {
  return <Tag colour={STATUS[status].colour}>{STATUS[status].label}</Tag>;
}

export function RiskTag({ risk }: { risk: RiskLevel }) {
  return <Tag colour={RISK[risk]}>{`${RISK_LABELS[risk]} risk`}</Tag>;
}

export function OverdueTag({ count }: { count: number }) {
  if (count <= 0) return null;
  return <Tag colour="red">{count === 1 ? '1 overdue action' : `${count} overdue actions`}</Tag>;
}

export function UpdateDueTag({ due }: { due: boolean }) {
  if (!due) return null;
  return <Tag colour="yellow">Resident update due</Tag>;
}
