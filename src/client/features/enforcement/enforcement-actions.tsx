import { useState, type FormEvent } from 'react';
import { TEXT_MAX } from '../../../domain/schemas/text-limits';
import { Link } from 'react-router-dom';
import { formatDate, londonDate } from '../../../domain/dates';
import { isLive, latestEndDate, type StepTimes } from '../../../domain/rules/enforcement-dates';
import type { Enforcement } from '../../../domain/schemas/enforcement';
import { Button, ButtonGroup } from '../../components/button';
import { DateInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { Select } from '../../components/select';
import { Textarea } from '../../components/textarea';
import { useSubmit } from '../../forms/use-submit';
import { useEnforcementWrites } from './use-enforcement';

interface LinkedCall {
  id: string;
  reference?: string | null | undefined;
  incidentDate: string;
}

/** The ASB officer's actions on a running record: review, breach, extend, comply, escalate, expire. */
export function EnforcementActions({
  record,
  calls,
  step,
}: {
  record: Enforcement;
  calls: readonly LinkedCall[];
  step: StepTimes | undefined;
}) {
  const writes = useEnforcementWrites();
  const today = londonDate(new Date());
  const [reviewDate, setReviewDate] = useState(today);
  const [breach, setBreach] = useState({ date: today, note: '', callId: '' });
  const review = useSubmit({ prefix: 'review', mainField: 'date' });
  const breachForm = useSubmit({ prefix: 'breach', mainField: 'note' });
  const finish = useSubmit({ prefix: 'finish', mainField: 'actions' });
  const latest = step && latestEndDate(step, record.issuedDate);
  const [endDate, setEndDate] = useState(latest ?? '');
  const extend = useSubmit({ prefix: 'extend', mainField: 'endDate' });
  if (!isLive(record)) return null;

  const submitExtend = async (e: FormEvent) => {
    e.preventDefault();
    await extend.run(() => writes.run(record.id, 'enforcement.extend', { endDate }));
  };

  const submitReview = async (e: FormEvent) => {
    e.preventDefault();
    await review.run(() => writes.run(record.id, 'enforcement.review', { date: reviewDate }));
  };
  const submitBreach = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await breachForm.run(() =>
      writes.run(record.id, 'enforcement.breach', {
        date: breach.date,
        note: breach.note,
        ...(breach.callId ? { callId: breach.callId } : {}),
      }),
    );
    if (ok) setBreach({ date: today, note: '', callId: '' });
  };
  return (
    <>
      <form onSubmit={(e) => void submitReview(e)} noValidate aria-labelledby="review-heading">
        <h2 className="govuk-heading-m" id="review-heading">
          Record a review
        </h2>
        <ErrorSummary errors={review.errors} />
        {review.problem && <p className="govuk-error-message">{review.problem}</p>}
        <DateInput
          id="review-date"
          label="Date of the review"
          value={reviewDate}
          onChange={setReviewDate}
          error={review.fieldErrors['review-date']}
        />
        <Button variant="secondary" busy={review.busy}>
          Record review
        </Button>
      </form>

      <form onSubmit={(e) => void submitBreach(e)} noValidate aria-labelledby="breach-heading">
        <h2 className="govuk-heading-m" id="breach-heading">
          Record a breach
        </h2>
        <ErrorSummary errors={breachForm.errors} />
        {breachForm.problem && <p className="govuk-error-message">{breachForm.problem}</p>}
        <DateInput
          id="breach-date"
          label="Date of the breach"
          value={breach.date}
          onChange={(date) => setBreach((b) => ({ ...b, date }))}
          error={breachForm.fieldErrors['breach-date']}
        />
        <Textarea
          id="breach-note"
          label="What happened"
          value={breach.note}
          onChange={(note) => setBreach((b) => ({ ...b, note }))}
          error={breachForm.fieldErrors['breach-note']}
          maxLength={TEXT_MAX.breachNote}
          rows={3}
        />
        <Select
          id="breach-callId"
          label="Linked call (optional)"
          emptyOption="No linked call"
          options={calls.map((c) => ({
            value: c.id,
            label: `${c.reference ?? 'Reference pending'}, ${formatDate(c.incidentDate)}`,
          }))}
          value={breach.callId}
          onChange={(callId) => setBreach((b) => ({ ...b, callId }))}
          error={breachForm.fieldErrors['breach-callId']}
        />
        <Button variant="secondary" busy={breachForm.busy}>
          Record breach
        </Button>
      </form>

      {latest && record.endDate && (
        <form onSubmit={(e) => void submitExtend(e)} noValidate aria-labelledby="extend-heading">
          <h2 className="govuk-heading-m" id="extend-heading">
            Extend
          </h2>
          <ErrorSummary errors={extend.errors} />
          {extend.problem && <p className="govuk-error-message">{extend.problem}</p>}
          <DateInput
            id="extend-endDate"
            label="New end date"
            hint={`Now ends ${formatDate(record.endDate)}. It can run until ${formatDate(latest)} at the latest.`}
            value={endDate}
            onChange={setEndDate}
            error={extend.fieldErrors['extend-endDate']}
          />
          <Button variant="secondary" busy={extend.busy}>
            Extend
          </Button>
        </form>
      )}

      <h2 className="govuk-heading-m" id="finish-actions">
        Finish or escalate
      </h2>
      {finish.problem && (
        <p className="govuk-error-message" id="finish-actions-error">
          {finish.problem}
        </p>
      )}
      <ButtonGroup>
        <Button
          type="button"
          variant="secondary"
          busy={finish.busy}
          onClick={() => void finish.run(() => writes.run(record.id, 'enforcement.comply', {}))}
        >
          Mark as complied with
        </Button>
        <Button
          type="button"
          variant="secondary"
          busy={finish.busy}
          onClick={() => void finish.run(() => writes.run(record.id, 'enforcement.expire', {}))}
        >
          Mark as expired
        </Button>
        <Link
          className="govuk-button govuk-button--warning"
          role="button"
          draggable="false"
          to={`/enforcement/new?from=${record.id}`}
        >
          Escalate to the next step
        </Link>
      </ButtonGroup>
    </>
  );
}
