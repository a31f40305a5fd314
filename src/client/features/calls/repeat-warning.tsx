import type { RecentCalls } from '../../local-store/queries';
import { LinkedCallItem } from './recent-calls-panel';

/** "Repeat: consider a Task and Finish Group" with the linked calls, when the repeat rule says so. */
export function RepeatWarning({
  recent,
  wardNames,
}: {
  recent: RecentCalls | undefined;
  wardNames: Record<string, string>;
}) {
  if (!recent?.isRepeat) return null;
  const linked = new Set(recent.matches.filter((m) => m.isRepeat).flatMap((m) => m.callIds));
  const calls = recent.calls.filter((c) => linked.has(c.id));
  return (
    <div className="govuk-inset-text" role="region" aria-labelledby="repeat-heading">
      <div className="govuk-warning-text govuk-!-margin-bottom-2">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text" id="repeat-heading">
          <span className="govuk-visually-hidden">Warning</span>
          Repeat: consider a Task and Finish Group
        </strong>
      </div>
      <p className="govuk-body">
        {`${recent.settings.calls} or more calls about the same place or person within ${recent.settings.windowDays} days. Linked calls:`}
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {calls.map((c) => (
          <LinkedCallItem key={c.id} call={c} wardNames={wardNames} />
        ))}
      </ul>
    </div>
  );
}
