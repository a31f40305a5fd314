import { useMemo, type FormEvent } from 'react';
import { TEXT_MAX } from '../../../domain/schemas/text-limits';
import { callInputSchema } from '../../../domain/schemas/call-input';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '../../components/button';
import { CheckboxFinder } from '../../components/checkbox-finder';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { Textarea } from '../../components/textarea';
import { RISK_LABELS, RISK_LEVELS } from '../../../domain/reference/risk';
import { FIELD_ORDER, toCallInput, type CallFormValue } from './call-form-model';
import { useCallWrites } from './call-writes';
import { issuesToErrors } from '../../forms/form-errors';
import { useSubmit } from '../../forms/use-submit';
import { LoadingPage } from '../../components/loading-page';
import { LocationFields } from './location-fields';
import { MoreCallDetails } from './more-call-details';
import { RecentCallsPanel } from './recent-calls-panel';
import { ReporterFields } from './reporter-fields';
import { categoryGroups, useReferenceData } from '../../forms/use-reference-data';
import { useCallDraft } from './use-call-draft';

const RISK_ITEMS = RISK_LEVELS.map((r) => ({ value: r, label: RISK_LABELS[r] }));

/** "Log a call": the daily tasking intake form, kept as a draft while typed. */
export function LogCallPage() {
  const reference = useReferenceData();
  const draft = useCallDraft();
  const navigate = useNavigate();
  const writes = useCallWrites();
  const form = useSubmit({ mainField: 'summary', order: FIELD_ORDER });
  const { errors, fieldErrors, problem, busy } = form;
  const groups = useMemo(
    () => (reference ? categoryGroups(reference.categories) : []),
    [reference],
  );

  const value = draft.value;
  if (!reference || !value) return <LoadingPage title="Log a call" />;

  const change = (patch: Partial<CallFormValue>) => draft.setValue((v) => ({ ...v, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = callInputSchema.safeParse(toCallInput(value));
    if (!parsed.success) return form.fail(issuesToErrors(parsed.error.issues, FIELD_ORDER));
    let id = '';
    const saved = await form.run(async () => {
      id = await writes.logCall(parsed.data);
      await draft.finish();
    });
    if (saved)
      void navigate(`/calls/${id}`, {
        state: { banner: 'Call logged. It will get its reference when it reaches the server.' },
      });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <ErrorSummary errors={errors} />
        {problem && <NotificationBanner title="Not saved" heading={problem} />}
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
        <h1 className="govuk-heading-l">Log a call</h1>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Textarea
            id="summary"
            label="Summary"
            labelSize="m"
            hint="What happened and what the caller asked for"
            value={value.summary}
            error={fieldErrors.summary}
            onChange={(summary) => change({ summary })}
            maxLength={TEXT_MAX.callSummary}
            rows={3}
          />
          <Select
            id="sourceAgencyId"
            label="Which agency passed on the call?"
            emptyOption="Select an agency"
            options={reference.agencies}
            value={value.sourceAgencyId}
            error={fieldErrors.sourceAgencyId}
            onChange={(sourceAgencyId) => change({ sourceAgencyId })}
          />
          <CheckboxFinder
            id="categoryIds"
            legend="Categories"
            legendSize="m"
            findLabel="Find a category"
            noun={['category', 'categories']}
            groups={groups}
            values={value.categoryIds}
            error={fieldErrors.categoryIds}
            onChange={(categoryIds) => change({ categoryIds })}
          />
          <Radios
            id="riskLevel"
            legend="Risk level"
            legendSize="m"
            items={RISK_ITEMS}
            value={value.riskLevel}
            error={fieldErrors.riskLevel}
            onChange={(riskLevel) => change({ riskLevel })}
            wrap
            small
          />
          <LocationFields
            value={value}
            errors={fieldErrors}
            wards={reference.wards}
            onChange={change}
          />
          <ReporterFields value={value} errors={fieldErrors} onChange={change} />
          <RecentCallsPanel value={value} wardNames={reference.wardNames} />
          <MoreCallDetails value={value} errors={fieldErrors} attempt={errors} onChange={change} />
          <div className="govuk-button-group">
            <Button busy={busy}>Save call</Button>
            <Link className="govuk-link" to="/calls">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
