import { Link, useParams } from 'react-router-dom';
import { LoadingPage } from '../../components/loading-page';
import { SummaryList } from '../../components/summary-list';
import { useActor } from '../../app/use-actor';
import { usePageTitle } from '../../app/use-page-title';
import { SyncBadge } from '../../forms/sync-badge';
import { nameOf, useReferenceData } from '../../forms/use-reference-data';
import { readableKinds } from './person-page';
import { canRunCommand } from '../../../domain/access';
import { RecordChanges } from './record-changes';
import { RecordChronology } from './record-chronology';
import { MergedNotice, RecordNotFound } from './record-parts';
import { useLocationPage, useRecordView } from './use-people';

/** A location: its address and ward, and the calls, visits and groups at it. */
export function LocationPage() {
  usePageTitle('Location');
  const { locationId = '' } = useParams();
  const page = useLocationPage(locationId);
  const reference = useReferenceData();
  const actor = useActor();
  useRecordView('locations', locationId, !!page);

  if (page === null) return <RecordNotFound kind="location" />;
  if (!page || !reference) return <LoadingPage title="Location" />;
  const { record: place } = page;
  return (
    <>
      <Link className="govuk-back-link govuk-!-margin-top-0" to="/people">
        Search people and places
      </Link>
      <h1 className="govuk-heading-l app-wrap-anywhere">
        <span className="govuk-caption-l">Location</span>
        {place.address}
      </h1>
      {page.survivor && (
        <MergedNotice to={`/locations/${page.survivor.id}`} name={page.survivor.address} />
      )}
      <SummaryList
        rows={[
          { key: 'Address or place', value: place.address },
          { key: 'Ward', value: nameOf(reference.wardNames, place.wardCode) },
          ...(place.gps
            ? [{ key: 'GPS', value: `${place.gps.lat.toFixed(5)}, ${place.gps.lng.toFixed(5)}` }]
            : []),
          ...(page.merged.length
            ? [
                {
                  key: 'Merged into this record',
                  value: page.merged.map((l) => l.address).join('; '),
                },
              ]
            : []),
          { key: 'Sync', value: <SyncBadge sync={place._sync} /> },
        ]}
      />
      {actor && !place.mergedInto && canRunCommand(actor, 'location.update') && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/locations/${place.id}/edit`}>
            Change the address or ward
          </Link>
        </p>
      )}
      <RecordChronology
        entries={page.chronology}
        kinds={readableKinds(actor, ['call', 'visit', 'group'])}
        reference={reference}
      />
      <RecordChanges history={place.history} reference={reference} />
    </>
  );
}
