import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import type { FormSubmit } from '../../forms/use-submit';

/** A MARAC form's problems: the error summary, and a banner for one not about a field. */
export function FormProblems({ form }: { form: FormSubmit }) {
  return (
    <>
      <ErrorSummary errors={form.errors} />
      {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
    </>
  );
}
