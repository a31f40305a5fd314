import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDateTime } from '../../../domain/dates';
import type { TaskingMeeting } from '../../../domain/schemas/tasking';
import { Checkboxes } from '../../components/checkboxes';
import { LoadingPage } from '../../components/loading-page';
import { useReferenceData, type Reference } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { usePageTitle } from '../../app/use-page-title';
import type { MeetingAgenda } from '../../local-store/tasking-repo';
import { entryViews } from './agenda-entry';
import { AgendaList, SHORTCUTS, type AgendaKey } from './agenda-list';
import { ItemPanel } from './item-panel';
import { useMeetingAgenda, useMeetingWrites } from './use-meeting';
import './meeting.css';

const TITLE = 'Daily tasking meeting';

/**
 * Meeting mode for the chair, offline on a laptop: attendance by agency,
 * today's agenda handled item by item (keyboard or buttons), and the
 * meeting saved as a record the next meeting starts from.
 */
export function MeetingPage() {
  usePageTitle(TITLE);
  const data = useMeetingAgenda();
  const ref = useReferenceData();
  if (!data || !ref) return <LoadingPage title={TITLE} />;
  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body" data-testid="last-meeting">
        {data.lastMeetingAt
          ? `Counting new calls since the last meeting, started ${formatDateTime(data.lastMeetingAt)}.`
          : 'No meeting has been recorded yet: every call not yet opened is new.'}
      </p>
      {data.meeting ? (
        <RunningMeeting meeting={data.meeting} data={data} ref_={ref} />
      ) : (
        <StartMeeting data={data} ref_={ref} />
      )}
    </>
  );
}

function StartMeeting({ data, ref_ }: { data: MeetingAgenda; ref_: Reference }) {
  const [agencies, setAgencies] = useState<string[]>([]);
  const form = useSubmit({ prefix: 'meeting', mainField: 'agencies' });
  const writes = useMeetingWrites();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.run(() => writes.start(agencies));
      }}
    >
      <p className="govuk-body">
        Today’s agenda has {data.entries.length} {data.entries.length === 1 ? 'item' : 'items'}.
      </p>
      {form.problem && <p className="govuk-error-message">{form.problem}</p>}
      <Checkboxes
        id="meeting-agencies"
        legend="Agencies attending"
        legendSize="m"
        hint="You can change this during the meeting."
        small
        items={ref_.agencies.map((a) => ({ value: a.value, label: a.label }))}
        values={agencies}
        onChange={setAgencies}
        error={form.fieldErrors['meeting-attendingAgencyIds']}
      />
      <button type="submit" className="govuk-button" disabled={form.busy}>
        Start the meeting
      </button>
    </form>
  );
}

function RunningMeeting({
  meeting,
  data,
  ref_,
}: {
  meeting: TaskingMeeting;
  data: MeetingAgenda;
  ref_: Reference;
}) {
  const writes = useMeetingWrites();
  const attendance = useSubmit({ prefix: 'meeting', mainField: 'agencies' });
  const closing = useSubmit({ prefix: 'meeting', mainField: 'close' });
  const views = useMemo(() => entryViews(data, ref_.agencyNames), [data, ref_.agencyNames]);
  const minuted = useMemo(() => new Map(meeting.items.map((i) => [i.key, i])), [meeting.items]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [mode, setMode] = useState<AgendaKey | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Follows the item by key, so a call that leaves the agenda (closed) moves the selection on.
  const found = views.findIndex((v) => v.entry.key === selectedKey);
  const selected = found >= 0 ? found : Math.min(views.length - 1, 0);
  const view = views[selected];
  useEffect(() => {
    if (mode === null) return;
    document.querySelector<HTMLElement>('.csu-agenda-panel textarea')?.focus();
  }, [mode, selectedKey]);

  const select = (i: number) => {
    setSelectedKey(views[i]?.entry.key ?? null);
    setMode(null);
  };
  const key = (action: AgendaKey) => {
    if (!view) return;
    if (action === 'discussed') {
      void writes.discussed(meeting.id, {
        key: view.entry.key,
        kind: view.entry.kind,
        ...(view.entry.callId ? { callId: view.entry.callId } : {}),
      });
      return;
    }
    if (!view.call && action !== 'note') return;
    setMode(action);
  };
  const handled = meeting.items.length;
  return (
    <>
      <Checkboxes
        id="meeting-agencies"
        legend="Agencies attending"
        legendSize="m"
        small
        items={ref_.agencies.map((a) => ({ value: a.value, label: a.label }))}
        values={meeting.attendingAgencyIds}
        onChange={(ids) => void attendance.run(() => writes.attendance(meeting.id, ids))}
        error={attendance.problem || undefined}
      />
      <h2 className="govuk-heading-m">Agenda</h2>
      <details className="govuk-details" open>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Keyboard shortcuts</span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body">With the agenda list selected:</p>
          <ul className="govuk-list" data-testid="shortcuts">
            {SHORTCUTS.map((s) => (
              <li key={s.keys}>
                <kbd>{s.keys}</kbd> {s.does}
              </li>
            ))}
          </ul>
        </div>
      </details>
      <p className="govuk-body">
        {handled} {handled === 1 ? 'item' : 'items'} handled at this meeting.
      </p>
      {views.length === 0 ? (
        <p className="govuk-body">Nothing is on today’s agenda.</p>
      ) : (
        <div className="csu-meeting">
          <AgendaList
            views={views}
            selected={selected}
            minuted={minuted}
            onSelect={select}
            onKey={key}
            listRef={listRef}
          />
          {view && (
            <ItemPanel
              view={view}
              meetingId={meeting.id}
              minuted={minuted.get(view.entry.key)}
              mode={mode}
              onMode={(m) => {
                setSelectedKey(view.entry.key);
                setMode(m);
                if (m === null) listRef.current?.focus();
              }}
              data={data}
              agencies={ref_.agencies}
            />
          )}
        </div>
      )}
      {closing.problem && <p className="govuk-error-message">{closing.problem}</p>}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        disabled={closing.busy}
        onClick={() => void closing.run(() => writes.close(meeting.id))}
      >
        Close the meeting
      </button>
    </>
  );
}
