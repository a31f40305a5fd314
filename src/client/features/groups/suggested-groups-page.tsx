import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { LoadingPage } from '../../components/loading-page';
import { NotificationBanner } from '../../components/notification-banner';
import { Textarea } from '../../components/textarea';
import { useReferenceData } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import type { SuggestionRow } from '../../local-store/group-queries';
import { usePageTitle } from '../../app/use-page-title';
import { CallLinks } from './group-parts';
import { useGroupWrites, useSuggestions } from './use-groups';

const KIND_WORDS = { location: 'Location', person: 'Person' } as const;

/**
 * The chair's list: repeat suggestions (the same location or person in
 * repeated calls within the window) with the calls behind each, and people
 * who meet the ASB Case Review trigger. The app suggests and warns; the
 * chair decides.
 */
export function SuggestedGroupsPage() {
  usePageTitle('Suggested groups');
  const data = useSuggestions();
  const reference = useReferenceData();
  if (!data || !reference) return <LoadingPage title="Suggested groups" />;
  const { repeatCalls, repeatWindowDays } = reference.thresholds;
  return (
    <>
      <h1 className="govuk-heading-l">Suggested groups</h1>
      <p className="govuk-body">
        A location or person in {repeatCalls} or more calls within {repeatWindowDays} days. Create a
        group from a suggestion, or dismiss it with a reason: it comes back only when another call
        is logged.
      </p>
      {data.suggestions.length === 0 ? (
        <p className="govuk-body">No suggestions: no location or person repeats right now.</p>
      ) : (
        data.suggestions.map((row) => (
          <Suggestion key={`${row.suggestion.kind}:${row.suggestion.subjectId}`} row={row} />
        ))
      )}
      <h2 className="govuk-heading-m" id="case-review">
        ASB Case Review warnings ({data.warnings.length})
      </h2>
      <p className="govuk-body">
        People who were victim or reporter in {data.warnings[0]?.warning.settings.calls ?? 3}{' '}
        qualifying ASB calls within {data.warnings[0]?.warning.settings.months ?? 6} months. They
        may be entitled to an ASB Case Review (Community Trigger).
      </p>
      {data.warnings.length === 0 ? (
        <p className="govuk-body">Nobody meets the trigger.</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {data.warnings.map((w) => (
            <li key={w.personId}>
              <Link className="govuk-link" to={`/people/${w.personId}`}>
                {w.name}
              </Link>
              : {w.warning.incidents} incidents between {formatDate(w.warning.from!)} and{' '}
              {formatDate(w.warning.to!)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Suggestion({ row }: { row: SuggestionRow }) {
  const reference = useReferenceData();
  const writes = useGroupWrites();
  const { suggestion } = row;
  const key = `${suggestion.kind}-${suggestion.subjectId}`;
  const form = useSubmit({ prefix: `dismiss-${key}`, mainField: 'reason' });
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const headingId = `suggestion-${key}`;
  const dismiss = async (e: FormEvent) => {
    e.preventDefault();
    await form.run(() => writes.dismiss(suggestion, reason));
  };
  const ward = row.wardCode ? reference?.wardNames[row.wardCode] : undefined;
  return (
    <section className="govuk-summary-card" aria-labelledby={headingId}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title app-wrap-anywhere" id={headingId}>
          {KIND_WORDS[suggestion.kind]}: {row.label}
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body">
          {suggestion.callIds.length} calls between {formatDate(suggestion.from)} and{' '}
          {formatDate(suggestion.to)}
          {ward ? ` in ${ward}` : ''}.
        </p>
        <h3 className="govuk-heading-s">Calls that triggered it</h3>
        <CallLinks calls={row.calls} categoryNames={reference?.categoryNames ?? {}} />
        <div className="govuk-button-group">
          <Link
            className="govuk-button"
            to={`/groups/new?from=${suggestion.kind}&id=${suggestion.subjectId}`}
          >
            Create group<span className="govuk-visually-hidden"> for {row.label}</span>
          </Link>
          {!dismissing && (
            <Button type="button" variant="secondary" onClick={() => setDismissing(true)}>
              Dismiss<span className="govuk-visually-hidden"> suggestion for {row.label}</span>
            </Button>
          )}
        </div>
        {dismissing && (
          <form onSubmit={(e) => void dismiss(e)} noValidate>
            <ErrorSummary errors={form.errors} />
            {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
            <Textarea
              id={`dismiss-${key}-reason`}
              label="Why is no group needed?"
              hint="For example: one family, already known to housing. The same calls will not be suggested again."
              value={reason}
              error={form.fieldErrors[`dismiss-${key}-reason`]}
              onChange={setReason}
              maxLength={1000}
            />
            <div className="govuk-button-group">
              <Button busy={form.busy}>Dismiss suggestion</Button>
              <Button type="button" variant="secondary" onClick={() => setDismissing(false)}>
                Keep it
              </Button>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
