import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import { PERSON_FLAG_LABELS } from '../../../domain/schemas/people';
import { canRead, canRunCommand } from '../../../domain/access';
import { LoadingPage } from '../../components/loading-page';
import { SummaryList } from '../../components/summary-list';
import { Tag } from '../../components/tag';
import { useActor } from '../../app/use-actor';
import { usePageTitle } from '../../app/use-page-title';
import { SyncBadge } from '../../forms/sync-badge';
import { nameOf, useReferenceData } from '../../forms/use-reference-data';
import { CHRONOLOGY_KINDS, type ChronologyKind } from '../../local-store/person-queries';
import type { Actor } from '../../../domain/roles';
import { CaseReviewWarnings } from '../../components/case-review-warning';
import { RecordChanges } from './record-changes';
import { RecordChronology } from './record-chronology';
import { MergedNotice, RecordNotFound } from './record-parts';
import { useCaseReview } from '../../forms/use-case-review';
import { usePersonPage, useRecordView } from './use-people';

const KIND_TABLES = {
  call: 'calls',
  visit: 'visits',
  group: 'groups',
  enforcement: 'enforcements',
  referral: 'maracReferrals',
} as const;

/** The kinds of linked record the viewer's roles read (a field officer sees no enforcement). */
export function readableKinds(actor: Actor | null, kinds: readonly ChronologyKind[]) {
  return kinds.filter((k) => actor !== null && canRead(actor, KIND_TABLES[k]));
}

/** A person: details and flags, the ASB Case Review warning, and everything linked to them. */
export function PersonPage() {
  usePageTitle('Person');
  const { personId = '' } = useParams();
  const page = usePersonPage(personId);
  const reference = useReferenceData();
  const actor = useActor();
  const warnings = useCaseReview(page ? [page.record.id] : []);
  useRecordView('people', personId, !!page);

  if (page === null) return <RecordNotFound kind="person" />;
  if (!page || !reference) return <LoadingPage title="Person" />;
  const { record: person } = page;
  return (
    <>
      <Link className="govuk-back-link govuk-!-margin-top-0" to="/people">
        Search people and places
      </Link>
      <h1 className="govuk-heading-l app-wrap-anywhere">
        <span className="govuk-caption-l">Person</span>
        {person.name}
      </h1>
      {page.survivor && (
        <MergedNotice to={`/people/${page.survivor.id}`} name={page.survivor.name} />
      )}
      <CaseReviewWarnings warnings={warnings} linkNames={false} />
      <SummaryList
        rows={[
          { key: 'Name', value: person.name },
          {
            key: 'Also known as',
            value: person.aliases.length ? person.aliases.join(', ') : 'None recorded',
          },
          {
            key: 'Date of birth',
            value: person.dateOfBirth ? formatDate(person.dateOfBirth) : 'Not known',
          },
          { key: 'Address', value: person.address || 'Not known' },
          {
            key: 'Ward',
            value: person.wardCode ? nameOf(reference.wardNames, person.wardCode) : 'Not known',
          },
          {
            key: 'Flags',
            value: person.flags.length ? (
              <span className="app-card__tags">
                {person.flags.map((f) => (
                  <Tag key={f} colour={f === 'vulnerable' ? 'red' : 'purple'}>
                    {PERSON_FLAG_LABELS[f]}
                  </Tag>
                ))}
              </span>
            ) : (
              'None'
            ),
          },
          ...(page.merged.length
            ? [{ key: 'Merged into this record', value: page.merged.map((p) => p.name).join(', ') }]
            : []),
          { key: 'Sync', value: <SyncBadge sync={person._sync} /> },
        ]}
      />
      {actor && !person.mergedInto && canRunCommand(actor, 'person.update') && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/people/${person.id}/edit`}>
            Change details and flags
          </Link>
        </p>
      )}
      <RecordChronology
        entries={page.chronology}
        kinds={readableKinds(actor, CHRONOLOGY_KINDS)}
        reference={reference}
      />
      <RecordChanges history={person.history} reference={reference} />
    </>
  );
}
