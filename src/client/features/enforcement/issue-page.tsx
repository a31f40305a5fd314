import { useMemo, useState, type FormEvent } from 'react';
import { TEXT_MAX } from '../../../domain/schemas/text-limits';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { formatDate, londonDate } from '../../../domain/dates';
import { isLive } from '../../../domain/rules/enforcement-dates';
import { missingPlaceholdersMessage } from '../../../domain/rules/letters';
import { Button } from '../../components/button';
import { Checkboxes } from '../../components/checkboxes';
import { DateInput } from '../../components/date-input';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { Textarea } from '../../components/textarea';
import { nameOf, useReferenceData } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { LoadingPage } from '../../components/loading-page';
import { useActor } from '../../app/use-actor';
import { stepName } from './enforcement-format';
import {
  initialValues,
  previewLetter,
  toIssueInput,
  withStep,
  type IssueValues,
} from './issue-form-model';
import { LetterText } from '../../components/letter-text';
import { RecipientFields } from './recipient-fields';
import { useEnforcementWrites, useIssueChoices } from './use-enforcement';

/** Issuing a warning letter, ABA or power: recipient, step, calls, terms, delivery, letter preview. */
export function IssuePage() {
  const choices = useIssueChoices();
  const ref = useReferenceData();
  const actor = useActor();
  if (!choices || !ref || !actor) return <LoadingPage title="Issue a letter or power" />;
  return (
    <IssueForm choices={choices} ref_={ref} actorName={actor.name} agencyId={actor.agencyId} />
  );
}

type Choices = NonNullable<ReturnType<typeof useIssueChoices>>;

function IssueForm({
  choices,
  ref_: ref,
  actorName,
  agencyId,
}: {
  choices: Choices;
  ref_: NonNullable<ReturnType<typeof useReferenceData>>;
  actorName: string;
  agencyId: string;
}) {
  const [params] = useSearchParams();
  const from = choices.records.find((r) => r.id === params.get('from') && isLive(r));
  const [v, setV] = useState<IssueValues>(() =>
    initialValues(londonDate(new Date()), agencyId, from),
  );
  const [showPreview, setShowPreview] = useState(false);
  const form = useSubmit({ prefix: 'issue', mainField: 'preview' });
  const writes = useEnforcementWrites();
  const navigate = useNavigate();
  const change = (patch: Partial<IssueValues>) => setV((p) => ({ ...p, ...patch }));
  const step = choices.steps.find((s) => s.id === v.stepId);
  const ctx = useMemo(
    () => ({
      step,
      template: choices.templates.find((t) => t.stepId === v.stepId),
      calls: choices.calls,
      officerName: actorName,
      names: {
        agency: (id: string) => nameOf(ref.agencyNames, id),
        ward: (code: string) => nameOf(ref.wardNames, code),
        category: (id: string) => nameOf(ref.categoryNames, id),
      },
    }),
    [step, choices, v.stepId, actorName, ref],
  );
  const preview = previewLetter(v, ctx);

  const checks = (): FieldError[] => {
    const errors: FieldError[] = [];
    if (!v.stepId) errors.push({ id: 'issue-stepId', message: 'Select the step' });
    if (!v.deliveryMethod)
      errors.push({ id: 'issue-deliveryMethod', message: 'Select how it will be delivered' });
    if (v.deliveryMethod === 'hand') {
      if (!v.recipientAddress.trim())
        errors.push({
          id: 'issue-recipientAddress',
          message: 'Enter the address the letter is delivered to',
        });
      if (!v.recipientWardCode)
        errors.push({ id: 'issue-recipientWardCode', message: 'Select the ward of the address' });
      if (!v.assignee) errors.push({ id: 'issue-assignee', message: 'Select who will deliver it' });
    }
    if (preview && !preview.ok)
      errors.push({ id: 'issue-preview', message: missingPlaceholdersMessage(preview.missing) });
    return errors;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors = checks();
    if (errors.length > 0) return form.fail(errors);
    let id = '';
    const ok = await form.run(async () => {
      id = await writes.issue(toIssueInput(v, ctx, from, preview?.ok ? preview.body : undefined));
    });
    if (ok) void navigate(`/enforcement/${id}`);
  };
  const fe = form.fieldErrors;
  const stepOptions = choices.steps
    .filter((s) => !s.requires || (from && from.stepId === s.requires))
    .map((s) => ({ value: s.id, label: s.name }));
  const assignees = [
    ...choices.users.map((u) => ({
      value: `user:${u.id}`,
      label: `${u.name} (${nameOf(ref.agencyNames, u.agencyId)})`,
    })),
    ...ref.agencies.map((a) => ({ value: `agency:${a.value}`, label: `Anyone in ${a.label}` })),
  ];
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h1 className="govuk-heading-l">Issue a letter or power</h1>
      {from && (
        <p className="govuk-inset-text">
          Escalating from {stepName(choices.steps, from.stepId)} issued to {from.recipientName} on{' '}
          {formatDate(from.issuedDate)}.
        </p>
      )}
      <ErrorSummary errors={form.errors} />
      {form.problem && <p className="govuk-error-message">{form.problem}</p>}
      <RecipientFields
        v={v}
        change={change}
        errors={fe}
        wards={ref.wards}
        escalating={from !== undefined}
      />
      <Select
        id="issue-stepId"
        label="Step"
        hint="From the powers ladder. A Community Protection Notice is offered only when escalating from a Community Protection Warning."
        emptyOption="Select the step"
        options={stepOptions}
        value={v.stepId}
        onChange={(id) =>
          setV((p) =>
            withStep(
              p,
              choices.steps.find((s) => s.id === id),
            ),
          )
        }
        error={fe['issue-stepId']}
      />
      <Select
        id="issue-issuingAgencyId"
        label="Issuing agency"
        options={ref.agencies}
        value={v.issuingAgencyId}
        onChange={(issuingAgencyId) => change({ issuingAgencyId })}
        error={fe['issue-issuingAgencyId']}
      />
      <DateInput
        id="issue-issuedDate"
        label="Date issued"
        value={v.issuedDate}
        onChange={(issuedDate) => setV((p) => withStep({ ...p, issuedDate }, step))}
        error={fe['issue-issuedDate']}
      />
      <Checkboxes
        id="issue-linkedCallIds"
        legend="Linked calls"
        hint="Letters quote each call's date, ward and category only."
        values={v.linkedCallIds}
        onChange={(linkedCallIds) => change({ linkedCallIds })}
        error={fe['issue-linkedCallIds']}
        small
        items={choices.calls.map((c) => ({
          value: c.id,
          label: `${c.reference ?? 'Reference pending'}: ${formatDate(c.incidentDate)}, ${nameOf(ref.wardNames, c.location.wardCode)}, ${c.categoryIds.map((id) => nameOf(ref.categoryNames, id)).join(', ')}`,
        }))}
      />
      <Textarea
        id="issue-terms"
        label="Terms"
        hint="What the recipient must or must not do"
        value={v.terms}
        onChange={(terms) => change({ terms })}
        error={fe['issue-terms']}
        maxLength={TEXT_MAX.enforcementTerms}
        rows={5}
      />
      <DateInput
        id="issue-endDate"
        label="End date (if it has one)"
        value={v.endDate}
        onChange={(endDate) => change({ endDate })}
        error={fe['issue-endDate']}
      />
      <Radios
        id="issue-deliveryMethod"
        legend="How will it be delivered?"
        value={v.deliveryMethod}
        onChange={(m) => change({ deliveryMethod: m as IssueValues['deliveryMethod'] })}
        error={fe['issue-deliveryMethod']}
        items={[
          { value: 'post', label: 'By post' },
          {
            value: 'hand',
            label: 'By hand',
            hint: 'A delivery task goes to the person or agency you choose',
          },
        ]}
      />
      {v.deliveryMethod === 'hand' && (
        <>
          <Select
            id="issue-assignee"
            label="Who will deliver it"
            emptyOption="Select a person or agency"
            options={assignees}
            value={v.assignee}
            onChange={(assignee) => change({ assignee })}
            error={fe['issue-assignee']}
          />
          <DateInput
            id="issue-dueDate"
            label="Deliver by"
            value={v.dueDate}
            onChange={(dueDate) => change({ dueDate })}
            error={fe['issue-dueDate']}
          />
        </>
      )}
      <h2 className="govuk-heading-m" id="issue-preview">
        Letter
      </h2>
      {fe['issue-preview'] && <p className="govuk-error-message">{fe['issue-preview']}</p>}
      {!preview ? (
        <p className="govuk-body">
          {v.stepId
            ? 'This step has no letter template; no letter will be stored.'
            : 'Select a step to see its letter.'}
        </p>
      ) : (
        <>
          <Button type="button" variant="secondary" onClick={() => setShowPreview((s) => !s)}>
            {showPreview ? 'Hide the letter preview' : 'Preview the letter'}
          </Button>
          {showPreview &&
            (preview.ok ? (
              <LetterText body={preview.body} label="Letter preview" />
            ) : (
              <p className="govuk-body">{missingPlaceholdersMessage(preview.missing)}</p>
            ))}
        </>
      )}
      <Button busy={form.busy}>Issue</Button>
    </form>
  );
}
