/**
 * Status tags of the records more than one feature lists (a call, an
 * enforcement record, a group, a MARAC referral): the person and location
 * chronology shows them all. Words and colours live here only.
 */
import type { CallStatus } from '../../domain/schemas/calls';
import type { Enforcement } from '../../domain/schemas/enforcement';
import type { Group } from '../../domain/schemas/groups';
import type { ReferralStatus } from '../../domain/schemas/marac';
import { Tag, type TagColour } from './tag';

export const CALL_STATUS_LABELS: Record<CallStatus, string> = {
  new: 'New',
  open: 'Open',
  closed: 'Closed',
};
const CALL_STATUS_COLOURS: Record<CallStatus, TagColour> = {
  new: 'blue',
  open: 'turquoise',
  closed: 'grey',
};

export function CallStatusTag({ status }: { status: CallStatus }) {
  return <Tag colour={CALL_STATUS_COLOURS[status]}>{CALL_STATUS_LABELS[status]}</Tag>;
}

const ENFORCEMENT_STATUS: Record<Enforcement['status'], { label: string; colour: TagColour }> = {
  draft: { label: 'Not issued', colour: 'grey' },
  active: { label: 'Active', colour: 'blue' },
  breached: { label: 'Breached', colour: 'red' },
  complied: { label: 'Complied', colour: 'green' },
  expired: { label: 'Expired', colour: 'grey' },
  escalated: { label: 'Escalated', colour: 'purple' },
};

export function EnforcementStatusTag({ status }: { status: Enforcement['status'] }) {
  const s = ENFORCEMENT_STATUS[status];
  return <Tag colour={s.colour}>{s.label}</Tag>;
}

export function GroupStatusTag({ group }: { group: Pick<Group, 'status'> }) {
  return group.status === 'open' ? <Tag colour="blue">Open</Tag> : <Tag colour="grey">Closed</Tag>;
}

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  draft: 'Draft',
  submitted: 'New',
  accepted: 'Accepted',
  declined: 'Declined',
  redirected: 'Redirected',
  listed: 'Listed',
  closed: 'Closed',
};
const REFERRAL_STATUS_COLOURS: Record<ReferralStatus, TagColour> = {
  draft: 'grey',
  submitted: 'blue',
  accepted: 'turquoise',
  declined: 'grey',
  redirected: 'purple',
  listed: 'green',
  closed: 'grey',
};

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  return <Tag colour={REFERRAL_STATUS_COLOURS[status]}>{REFERRAL_STATUS_LABELS[status]}</Tag>;
}
