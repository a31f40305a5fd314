import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Textarea } from '../../components/textarea';
import { useSubmit } from '../../forms/use-submit';
import { useGroupWrites } from './use-groups';

/** Closing a group with its outcome (the `group.close` command). */
export function CloseGroupSection({ groupId }: { groupId: string }) {
  const writes = useGroupWrites();
  const form = useSubmit({ prefix: 'close', mainField: 'outcome' });
  const [outcome, setOutcome] = useState('');
  const close = async (e: FormEvent) => {
    e.preventDefault();
    await form.run(() => writes.run(groupId, 'group.close', { outcome }));
  };
  return (
    <section aria-labelledby="close-heading" className="app-no-print">
      <h2 className="govuk-heading-m" id="close-heading">
        Close the group
      </h2>
      <form onSubmit={(e) => void close(e)} noValidate>
        <ErrorSummary errors={form.errors} />
        {form.problem && <NotificationBanner title="Not closed" heading={form.problem} />}
        <Textarea
          id="close-outcome"
          label="Outcome"
          hint="What the group achieved, for example: gate fitted, no calls since March"
          value={outcome}
          error={form.fieldErrors['close-outcome']}
          onChange={setOutcome}
          maxLength={2000}
        />
        <Button variant="warning" busy={form.busy}>
          Close group
        </Button>
      </form>
    </section>
  );
}
