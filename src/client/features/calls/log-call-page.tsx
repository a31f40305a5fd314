import { useMemo, type FormEvent } from 'react';
import { TEXT_MAX } from '../../../domain/schemas/text-limits';
import { callInputSchema } from '../../../domain/schemas/call-input';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '../../components/button';
import { Checkboxes } from '../../components/checkboxes';
import { DateInput, DateTimeInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { Textarea } from '../../components/textarea';
import { RISK_LABELS, RISK_LEVELS, VULNERABILITY_FLAGS } from '../../../domain/reference/risk';
import { FIELD_ORDER, toCallInput, type CallFormValue } from './call-form-model';
import { useCallWrites } from './call-writes';
import { issuesToErrors } from '../../forms/form-errors';
import { useSubmit } from '../../forms/use-submit';
import { localInputDate } from '../../forms/form-dates';
import { LoadingPage } from '../../components/loading-page';
import { LocationFields } from './location-fields';
import { PeopleFields } from './people-fields';
import { RecentCallsPanel } from './recent-calls-panel';
import { ReporterFields } from './reporter-fields';
import { categoryGroups, useReferenceData } from '../../forms/use-reference-data';
import { useCallDraft } from './use-call-draft';

const RISK_ITEMS = RISK_LEVELS.map((r) => ({ value: r, label: RISK_LABELS[r] }));
const FLAG_ITEMS = VULNERABILITY_FLAGS.map((f) => ({ value: f.id, label: f.name }));

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
  const changeReceived = (receivedAt: string) =>
    draft.setValue((v) => ({
      ...v,
      receivedAt,
      incidentDate: v.incidentDateEdited ? v.incidentDate : localInputDate(receivedAt),
    }));

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
          <DateTimeInput
            id="receivedAt"
            label="Date and time received"
            value={value.receivedAt}
            error={fieldErrors.receivedAt}
            onChange={changeReceived}
          />
          <DateInput
            id="incidentDate"
            label="Date of the incident"
            hint="Set to the date received until you change it"
            value={value.incidentDate}
            error={fieldErrors.incidentDate}
            onChange={(incidentDate) => change({ incidentDate, incidentDateEdited: true })}
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
          <ReporterFields value={value} errors={fieldErrors} onChange={change} />
          <LocationFields
            value={value}
            errors={fieldErrors}
            wards={reference.wards}
            onChange={change}
          />
          <PeopleFields value={value} errors={fieldErrors} onChange={change} />
          <RecentCallsPanel value={value} wardNames={reference.wardNames} />
          <Checkboxes
            id="categoryIds"
            legend="Categories"
            legendSize="m"
            hint="Select all that apply"
            groups={groups}
            values={value.categoryIds}
            error={fieldErrors.categoryIds}
            onChange={(categoryIds) => change({ categoryIds })}
            small
          />
          <Radios
            id="riskLevel"
            legend="Risk level"
            legendSize="m"
            items={RISK_ITEMS}
            value={value.riskLevel}
            error={fieldErrors.riskLevel}
            onChange={(riskLevel) => change({ riskLevel })}
          />
          <Checkboxes
            id="vulnerabilityFlags"
            legend="Vulnerability"
            legendSize="m"
            hint="Select any that apply"
            items={FLAG_ITEMS}
            values={value.vulnerabilityFlags}
            error={fieldErrors.vulnerabilityFlags}
            onChange={(vulnerabilityFlags) => change({ vulnerabilityFlags })}
            small
          />
          <Textarea
            id="summary"
            label="Summary"
            labelSize="m"
            hint="What happened, who is affected and what the caller asked for"
            value={value.summary}
            error={fieldErrors.summary}
            onChange={(summary) => change({ summary })}
            maxLength={TEXT_MAX.callSummary}
            rows={6}
          />
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
