import type {
  MaracAction,
  MaracDecisionKind,
  ReferralOutcome,
} from '../../../domain/schemas/marac';

export {
  REFERRAL_STATUS_LABELS as STATUS_LABELS,
  ReferralStatusTag,
} from '../../components/record-status-tags';

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
