import { Tag, type TagColour } from '../../components/tag';
import type {
  MaracAction,
  MaracDecisionKind,
  ReferralOutcome,
  ReferralStatus,
} from '../../../domain/schemas/marac';

export const STATUS_LABELS: Record<ReferralStatus, string> = {
  draft: 'Draft',
  submitted: 'New',
  accepted: 'Accepted',
  declined: 'Declined',
  redirected: 'Redirected',
  listed: 'Listed',
  closed: 'Closed',
};
const STATUS_COLOURS: Record<ReferralStatus, TagColour> = {
  draft: 'grey',
  submitted: 'blue',
  accepted: 'turquoise',
  declined: 'grey',
  redirected: 'purple',
  listed: 'green',
  closed: 'grey',
};

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{STATUS_LABELS[status]}</Tag>;
}

export const OUTCOME_LABELS: Record<ReferralOutcome, string> = {
  improved: 'Improved',
  no_change: 'No change',
  worse: 'Worse',
};

export const ACTION_STATUS_LABELS: Record<MaracAction['status'], string> = {
  open: 'Open',
  done: 'Done',
  circumstances_changed: 'Circumstances changed',
  not_completed: 'Agency did not complete',
};

export const DECISION_LABELS: Record<MaracDecisionKind, string> = {
  accepted: 'Accepted',
  declined: 'Declined',
  redirected: 'Redirected',
  listed: 'Listed for a meeting',
  closed: 'Closed',
};
