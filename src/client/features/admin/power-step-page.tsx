import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button } from '../../components/button';
import { Checkbox } from '../../components/checkboxes';
import { ErrorSummary } from '../../components/error-summary';
import { LoadingPage } from '../../components/loading-page';
import { TextInput } from '../../components/text-input';
import { useSubmit } from '../../forms/use-submit';
import { useDb } from '../../local-store/db-context';
import type { PowerStep } from '../../local-store/enforcement-repo';
import { STEP_LIMITS, updatePowerStep } from '../../local-store/powers-repo';
import { useLadder } from './use-ladder';

type TimingKey = keyof typeof STEP_LIMITS;
const TIMING_HINTS: Record<TimingKey, string> = {
  defaultDurationMonths: 'Months, suggested as the end date when issued. Leave empty for none.',
  maxTotalMonths:
    'Months from issue, extensions included (a closure order: 6). Leave empty for no limit.',
  reviewEveryDays: 'Days between reviews (an ABA: 28). Leave empty for no reviews.',
  appealWindowDays: 'Days to appeal from the date issued (a CPN: 21). Leave empty for none.',
};
const KEYS = Object.keys(STEP_LIMITS) as TimingKey[];

/** Empty is "none"; anything else is checked as a whole number by the repository. */
const toNumber = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));

/** Changing one step of the powers ladder: its name, timings, and whether it is in use. */
export function PowerStepPage() {
  const { stepId = '' } = useParams();
  const steps = useLadder();
  if (!steps) return <LoadingPage title="Change a step" />;
  const step = steps.find((s) => s.id === stepId);
  if (!step)
    return (
      <>
        <h1 className="govuk-heading-l">Step not found</h1>
        <p className="govuk-body">This step of the powers ladder is not on this device.</p>
        <Link className="govuk-link" to="/admin/powers">
          Back to the powers ladder
        </Link>
      </>
    );
  return <StepForm step={step} />;
}

function StepForm({ step }: { step: PowerStep }) {
  const db = useDb();
  const navigate = useNavigate();
  const [name, setName] = useState(step.name);
  const [active, setActive] = useState(step.active);
  const [timing, setTiming] = useState<Record<TimingKey, string>>(
    () =>
      Object.fromEntries(KEYS.map((k) => [k, step[k]?.toString() ?? ''])) as Record<
        TimingKey,
        string
      >,
  );
  const form = useSubmit({ prefix: 'step', mainField: 'name', order: ['name', ...KEYS] });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.run(() =>
      updatePowerStep(db, step.id, {
        name,
        active,
        ...(Object.fromEntries(KEYS.map((k) => [k, toNumber(timing[k])])) as Record<
          TimingKey,
          number | undefined
        >),
      }),
    );
    if (ok) void navigate('/admin/powers');
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p className="govuk-body">
        <Link className="govuk-link" to="/admin/powers">
          Back to the powers ladder
        </Link>
      </p>
      <h1 className="govuk-heading-l">Change {step.name}</h1>
      <ErrorSummary errors={form.errors} />
      {form.problem && <p className="govuk-error-message">{form.problem}</p>}
      <TextInput
        id="step-name"
        label="Name"
        value={name}
        onChange={setName}
        error={form.fieldErrors['step-name']}
      />
      {KEYS.map((k) => (
        <TextInput
          key={k}
          id={`step-${k}`}
          label={STEP_LIMITS[k].label}
          hint={TIMING_HINTS[k]}
          value={timing[k]}
          onChange={(value) => setTiming((t) => ({ ...t, [k]: value }))}
          error={form.fieldErrors[`step-${k}`]}
          inputMode="numeric"
          width="4"
        />
      ))}
      <Checkbox
        id="step-active"
        label="In use"
        hint="A withdrawn step cannot be issued; records already issued keep it."
        checked={active}
        onChange={setActive}
      />
      <Button busy={form.busy}>Save changes</Button>
    </form>
  );
}
