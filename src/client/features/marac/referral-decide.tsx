import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../domain/dates';
import type { MaracReferral } from '../../../domain/schemas/marac';
import { Button } from '../../components/button';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { useSubmit } from '../../forms/use-submit';
import { FormProblems } from './form-problems';
import { useMaracWrites } from './marac-writes';
import { useReferrals } from './use-marac-data';

/** The panel's decision on a new referral: accept (maybe as a re-referral), decline with advice, or redirect. */
export function ReferralDecide({ referral }: { referral: MaracReferral }) {
  const writes = useMaracWrites();
  const form = useSubmit({ mainField: 'advice' });
  const others = useReferrals();
  const [earlier, setEarlier] = useState('');
  const [advice, setAdvice] = useState('');
  const [to, setTo] = useState('');
  const id = referral.id;
  const run = (e: FormEvent, save: () => Promise<void>) => {
    e.preventDefault();
    void form.run(save);
  };
  const err = form.fieldErrors;
  // A re-referral is about the same subject as an earlier case.
  const earlierOptions = (others ?? [])
    .filter((o) => o.id !== id && o.subjectName === referral.subjectName)
    .map((o) => ({
      value: o.id,
      label: `${o.subjectName}, ${o.referredOn ? formatDate(o.referredOn) : ''}`,
    }));
  return (
    <section aria-labelledby="decision-heading">
      <FormProblems form={form} />
      <h2 className="govuk-heading-m" id="decision-heading">
        Decision
      </h2>
      <form
        onSubmit={(e) =>
          run(e, () =>
            writes.referralCommand(
              id,
              'referral.accept',
              earlier ? { earlierReferralId: earlier } : {},
            ),
          )
        }
        noValidate
      >
        {earlierOptions.length > 0 && (
          <Select
            id="earlierReferralId"
            label="Is this a re-referral of an earlier case?"
            emptyOption="No, a new case"
            options={earlierOptions}
            value={earlier}
            error={err.earlierReferralId}
            onChange={setEarlier}
          />
        )}
        <Button busy={form.busy}>Accept referral</Button>
      </form>
      <form
        onSubmit={(e) => run(e, () => writes.referralCommand(id, 'referral.decline', { advice }))}
        noValidate
      >
        <Textarea
          id="advice"
          label="Advice for the referrer"
          value={advice}
          error={err.advice}
          onChange={setAdvice}
          rows={3}
        />
        <Button variant="secondary" busy={form.busy}>
          Decline with advice
        </Button>
      </form>
      <form
        onSubmit={(e) => run(e, () => writes.referralCommand(id, 'referral.redirect', { to }))}
        noValidate
      >
        <TextInput
          id="to"
          label="Redirect to"
          hint="For example DA MARAC or adult safeguarding"
          value={to}
          error={err.to}
          onChange={setTo}
        />
        <Button variant="secondary" busy={form.busy}>
          Redirect
        </Button>
      </form>
    </section>
  );
}
