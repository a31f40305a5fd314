import { Link, useLocation, useParams } from 'react-router-dom';
import { formatDateTime } from '../../../domain/dates';
import { VISIT_TYPE_LABELS } from '../../../domain/schemas/visits';
import { NotificationBanner } from '../../components/notification-banner';
import { SummaryList, type SummaryRow } from '../../components/summary-list';
import { SyncBadge } from '../../forms/sync-badge';
import { nameOf, useReferenceData, type Reference } from '../../forms/use-reference-data';
import type { LocalVisit } from '../../local-store/types';
import { useVisit } from './use-visits';
import { LoadingPage } from '../../components/loading-page';
import { VisitNotFound } from './visit-loading';
import { VisitPhotos } from './photos/visit-photos';
import './visits.css';

function visitRows(v: LocalVisit, reference: Reference): SummaryRow[] {
  const rows: SummaryRow[] = [
    { key: 'Type', value: VISIT_TYPE_LABELS[v.visitType] },
    { key: 'When', value: formatDateTime(v.at) },
    { key: 'Where', value: `${v.address}, ${nameOf(reference.wardNames, v.wardCode)}` },
  ];
  if (v.gps)
    rows.push({
      key: 'Location',
      value: `${v.gps.lat}, ${v.gps.lng}${v.gps.accuracyM !== undefined ? ` (to within ${v.gps.accuracyM} metres)` : ''}`,
    });
  if (v.whoSeen) rows.push({ key: 'Who was seen', value: v.whoSeen });
  if (v.callId)
    rows.push({
      key: 'Call',
      value: (
        <Link className="govuk-link" to={`/calls/${v.callId}`}>
          Open the linked call
        </Link>
      ),
    });
  rows.push({ key: 'Notes', value: <span className="app-visit-notes">{v.notes}</span> });
  if (v.followUpNeeded) rows.push({ key: 'Follow-up needed', value: v.followUpNote || 'Yes' });
  rows.push({ key: 'Sent to the server', value: <SyncBadge sync={v._sync} /> });
  return rows;
}

/** A visit as recorded, then each amendment, newest last. Nothing here edits a visit. */
export function VisitPage() {
  const { visitId = '' } = useParams();
  const found = useVisit(visitId);
  const reference = useReferenceData();
  const banner = (useLocation().state as { banner?: string } | null)?.banner;
  if (found === null) return <VisitNotFound />;
  if (!found || !reference) return <LoadingPage title="Visit" />;
  const { original, amendments } = found;
  return (
    <div className="app-visit-page">
      <Link className="govuk-back-link govuk-!-margin-top-0" to="/my-day">
        Back to My day
      </Link>
      {banner && <NotificationBanner type="success" heading={banner} />}
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Visit</span>
        {VISIT_TYPE_LABELS[original.visitType]}, {formatDateTime(original.at)}
      </h1>
      <h2 className="govuk-heading-m">As recorded</h2>
      <SummaryList rows={visitRows(original, reference)} />
      <VisitPhotos visit={original} />
      {amendments.map((a, i) => (
        <section key={a.id} aria-labelledby={`amendment-${a.id}`}>
          <h2 className="govuk-heading-m" id={`amendment-${a.id}`}>
            Amendment {i + 1}
            {a.createdAt ? `, made ${formatDateTime(a.createdAt)}` : ''}
          </h2>
          <SummaryList rows={visitRows(a, reference)} />
          <VisitPhotos visit={a} />
        </section>
      ))}
      <p className="govuk-body">
        <Link className="govuk-button govuk-button--secondary" to={`/visits/${original.id}/amend`}>
          Correct this visit
        </Link>
      </p>
    </div>
  );
}
