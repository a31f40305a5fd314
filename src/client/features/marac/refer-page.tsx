import { useCallback, useMemo, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { useDraft, type DraftShape } from '../../forms/use-draft';
import { useReferenceData } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { useSession } from '../../sync/session-store';
import { useMaracWrites } from './marac-writes';
import { ReferralCaseFields } from './referral-case-fields';
import {
  emptyReferralForm,
  FIELD_ORDER,
  hasContent,
  REFERRAL_FORM_ID,
  restoreDraft,
  toReferralInput,
  type ReferralFormValue,
} from './referral-form-model';
import { ReferralSubjectFields } from './referral-subject-fields';

/**
 * "Refer to the Community MARAC": open to every role. The draft stays on
 * this device only; once the server has a non-member's referral, the device
 * keeps just a receipt (local-store/push-answers.ts).
 */
export function ReferPage() {
  const user = useSession((s) => s.user);
  const reference = useReferenceData();
  const navigate = useNavigate();
  const writes = useMaracWrites();
  const form = useSubmit({ mainField: 'reason', order: FIELD_ORDER });
  const agencyId = user?.agencyId ?? '';
  const officer = user?.name ?? '';
  const empty = useCallback(() => emptyReferralForm(agencyId, officer), [agencyId, officer]);
  const shape = useMemo<DraftShape<ReferralFormValue>>(
    () => ({ empty, restore: restoreDraft, hasContent }),
    [empty],
  );
  const draft = useDraft(REFERRAL_FORM_ID, shape);
  const value = draft.value;
  if (!reference || !value)
    return <h1 className="govuk-heading-l">Refer to the Community MARAC</h1>;

  const change = (patch: Partial<ReferralFormValue>) => draft.setValue((v) => ({ ...v, ...patch }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await form.run(async () => {
      await writes.submitReferral(toReferralInput(value), REFERRAL_FORM_ID);
      await draft.finish();
    });
    if (saved) void navigate('/marac/sent', { state: { sent: true } });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <ErrorSummary errors={form.errors} />
        {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
        {draft.restored && (
          <NotificationBanner
            title="Draft restored"
            heading="We kept what you typed last time on this device."
          >
            <p className="govuk-body">
              <button
                type="button"
                className="govuk-link app-link-button"
                onClick={() => void draft.discard()}
              >
                Start again with an empty form
              </button>
            </p>
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-l">Refer to the Community MARAC</h1>
        <p className="govuk-body">
          Only Community MARAC members will see this referral. Once it reaches the server, this
          device keeps only a receipt.
        </p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ReferralSubjectFields
            value={value}
            errors={form.fieldErrors}
            agencies={reference.agencies}
            onChange={change}
          />
          <ReferralCaseFields
            value={value}
            errors={form.fieldErrors}
            agencies={reference.agencies}
            onChange={change}
          />
          <div className="govuk-button-group">
            <Button busy={form.busy}>Send referral</Button>
            <Link className="govuk-link" to="/">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
