import { Tag, type TagColour } from '../../components/tag';
import { RISK_LABELS, type RiskLevel } from '../../../domain/reference/risk';

export {
  CALL_STATUS_LABELS as STATUS_LABELS,
  CallStatusTag as StatusTag,
} from '../../components/record-status-tags';

const RISK: Record<RiskLevel, TagColour> = { standard: 'grey', medium: 'orange', high: 'red' };

export function RiskTag({ risk }: { risk: RiskLevel }) {
  return <Tag colour={RISK[risk]}>{`${RISK_LABELS[risk]} risk`}</Tag>;
}

export function OverdueTag({ count }: { count: number }) {
  if (count <= 0) return null;
  return <Tag colour="red">{count === 1 ? '1 overdue action' : `${count} overdue actions`}</Tag>;
}

export function RepeatTag({ repeat }: { repeat: boolean }) {
  if (!repeat) return null;
  return <Tag colour="purple">Repeat</Tag>;
}

export function UpdateDueTag({ due }: { due: boolean }) {
  if (!due) return null;
  return <Tag colour="yellow">Resident update due</Tag>;
}
