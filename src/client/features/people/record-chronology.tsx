import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../../domain/dates';
import { VISIT_TYPE_LABELS } from '../../../domain/schemas/visits';
import { Select } from '../../components/select';
import { nameOf, type Reference } from '../../forms/use-reference-data';
import { useDb } from '../../local-store/db-context';
import { powerSteps } from '../../local-store/enforcement-repo';
import {
  CHRONOLOGY_KINDS,
  type ChronologyEntry,
  type ChronologyKind,
} from '../../local-store/person-queries';
import { useLiveData } from '../../local-store/use-live-data';
import {
  CallStatusTag,
  EnforcementStatusTag,
  GroupStatusTag,
  ReferralStatusTag,
} from '../../components/record-status-tags';

const KIND_LABELS: Record<ChronologyKind, string> = {
  call: 'Calls',
  visit: 'Visits',
  group: 'Task and Finish Groups',
  enforcement: 'Enforcement',
  referral: 'Community MARAC referrals',
};

function entryKey(e: ChronologyEntry): string {
  if (e.kind === 'call') return `call-${e.call.id}`;
  if (e.kind === 'visit') return `visit-${e.visit.id}`;
  if (e.kind === 'group') return `group-${e.group.id}`;
  if (e.kind === 'enforcement') return `enforcement-${e.enforcement.id}`;
  return `referral-${e.referral.id}`;
}

const when = (at: string) => (at.length > 10 ? formatDateTime(at) : at ? formatDate(at) : '');

/**
 * Everything linked to a person or a location, newest first, filtered by
 * kind in the page's own state. `kinds` are those the viewer may read.
 */
export function RecordChronology({
  entries,
  kinds,
  reference,
}: {
  entries: readonly ChronologyEntry[];
  kinds: readonly ChronologyKind[];
  reference: Reference;
}) {
  const [kind, setKind] = useState<'' | ChronologyKind>('');
  const db = useDb();
  const steps = useLiveData(
    () => (kinds.includes('enforcement') ? powerSteps(db) : []),
    [db, kinds.join()],
  );
  const shown = kind ? entries.filter((e) => e.kind === kind) : entries;
  const count = (k: ChronologyKind) => entries.filter((e) => e.kind === k).length;
  const options = [
    { value: '', label: `Everything (${entries.length})` },
    ...CHRONOLOGY_KINDS.filter((k) => kinds.includes(k)).map((k) => ({
      value: k,
      label: `${KIND_LABELS[k]} (${count(k)})`,
    })),
  ];
  return (
    <section aria-labelledby="chronology-heading">
      <h2 className="govuk-heading-m" id="chronology-heading">
        Chronology
      </h2>
      <Select
        id="chronology-kind"
        label="Show"
        value={kind}
        options={options}
        onChange={(v) => setKind(v as '' | ChronologyKind)}
      />
      <p className="govuk-body" role="status">
        {shown.length === 0
          ? kind
            ? `No ${KIND_LABELS[kind].toLowerCase()} linked.`
            : 'Nothing linked yet.'
          : shown.length === 1
            ? '1 record, newest first'
            : `${shown.length} records, newest first`}
      </p>
      {shown.length > 0 && (
        <ol className="app-timeline" aria-label="Chronology">
          {shown.map((e) => (
            <li className="app-timeline__item" key={entryKey(e)}>
              <Entry entry={e} reference={reference} steps={steps ?? []} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Entry({
  entry: e,
  reference,
  steps,
}: {
  entry: ChronologyEntry;
  reference: Reference;
  steps: readonly { id: string; name: string }[];
}) {
  const title = (to: string, text: string) => (
    <h3 className="govuk-heading-s govuk-!-margin-bottom-1 app-wrap-anywhere">
      <Link className="govuk-link" to={to}>
        {text}
      </Link>
    </h3>
  );
  const meta = (
    <p className="govuk-body-s govuk-!-margin-bottom-1 app-timeline__meta">
      <time dateTime={e.at}>{when(e.at)}</time>
    </p>
  );
  if (e.kind === 'call') {
    const { call } = e;
    const categories = call.categoryIds.map((c) => nameOf(reference.categoryNames, c)).join(', ');
    return (
      <>
        {title(`/calls/${call.id}`, `Call ${call.reference ?? '(reference pending)'}`)}
        {meta}
        <p className="govuk-body govuk-!-margin-bottom-1 app-wrap-anywhere">
          <CallStatusTag status={call.status} /> {categories}
          {e.roles.length > 0 &&
            ` · ${e.roles.map((r) => r[0]!.toUpperCase() + r.slice(1)).join(', ')}`}
        </p>
        <p className="govuk-body-s govuk-!-margin-bottom-0 app-wrap-anywhere">
          {call.location.address}, {nameOf(reference.wardNames, call.location.wardCode)}
        </p>
      </>
    );
  }
  if (e.kind === 'visit') {
    const { visit } = e;
    return (
      <>
        {title(`/visits/${visit.id}`, VISIT_TYPE_LABELS[visit.visitType] ?? 'Visit')}
        {meta}
        <p className="govuk-body-s govuk-!-margin-bottom-0 app-wrap-anywhere">{visit.address}</p>
      </>
    );
  }
  if (e.kind === 'group') {
    return (
      <>
        {title(`/groups/${e.group.id}`, `Task and Finish Group: ${e.group.title}`)}
        {meta}
        <p className="govuk-body govuk-!-margin-bottom-0">
          <GroupStatusTag group={e.group} />
        </p>
      </>
    );
  }
  if (e.kind === 'enforcement') {
    const { enforcement } = e;
    return (
      <>
        {title(
          `/enforcement/${enforcement.id}`,
          steps.find((s) => s.id === enforcement.stepId)?.name ?? 'Enforcement',
        )}
        {meta}
        <p className="govuk-body govuk-!-margin-bottom-0">
          <EnforcementStatusTag status={enforcement.status} />{' '}
          {nameOf(reference.agencyNames, enforcement.issuingAgencyId)}
        </p>
      </>
    );
  }
  return (
    <>
      {title(`/marac/referrals/${e.referral.id}`, 'Community MARAC referral')}
      {meta}
      <p className="govuk-body govuk-!-margin-bottom-0">
        <ReferralStatusTag status={e.referral.status} />
      </p>
    </>
  );
}
