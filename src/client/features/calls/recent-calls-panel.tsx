import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../domain/dates';
import type { LocalCall } from '../../local-store/types';
import type { CallFormValue } from './call-form-model';
import { localInputToIso } from '../../forms/form-dates';
import { useRecentCallsLookup } from './use-recent-calls';

/** A short line about a linked call; never the reporter's details. */
export function LinkedCallItem({
  call,
  wardNames,
}: {
  call: LocalCall;
  wardNames: Record<string, string>;
}) {
  return (
    <li className="app-wrap-anywhere">
      <Link className="govuk-link" to={`/calls/${call.id}`}>
        {call.reference ?? 'Reference pending'}
      </Link>
      {`, received ${formatDateTime(call.receivedAt)}, ${call.location.address}, ${wardNames[call.location.wardCode] ?? call.location.wardCode}`}
    </li>
  );
}

/**
 * "Recent calls here / about this person" while the form is filled in, so
 * repeats are seen before the call is saved (domain.md repeats rule).
 */
export function RecentCallsPanel({
  value,
  wardNames,
}: {
  value: CallFormValue;
  wardNames: Record<string, string>;
}) {
  const recent = useRecentCallsLookup({
    address: value.address,
    wardCode: value.wardCode,
    names: value.people.map((p) => p.name),
    at: localInputToIso(value.receivedAt),
  });
  const calls = recent?.calls ?? [];
  const count = calls.length;
  const window = recent?.settings.windowDays ?? 0;
  return (
    <div aria-live="polite">
      {count > 0 && recent && (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-s">Recent calls here or about these people</h2>
          <p className="govuk-body">
            {count === 1 ? '1 call' : `${count} calls`} in the {window} days around this one
            {recent.knownNames.length > 0
              ? ` (people already known: ${recent.knownNames.join(', ')})`
              : ''}
            .
          </p>
          {recent.isRepeat && (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                This is a repeat: consider a Task and Finish Group.
              </strong>
            </div>
          )}
          <ul className="govuk-list govuk-list--bullet">
            {calls.slice(0, 10).map((c) => (
              <LinkedCallItem key={c.id} call={c} wardNames={wardNames} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
