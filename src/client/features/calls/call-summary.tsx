import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../../domain/dates';
import { RISK_LABELS, VULNERABILITY_FLAGS } from '../../../domain/reference/risk';
import { PERSON_ROLE_LABELS, UPDATE_METHOD_LABELS } from '../../../domain/schemas/calls';
import { SummaryList, type SummaryRow } from '../../components/summary-list';
import { SyncBadge } from '../../forms/sync-badge';
import type { CallBundle } from '../../local-store/queries';
import { StatusTag } from './call-tags';
import { nameOf, type Reference } from '../../forms/use-reference-data';

const FLAG_NAMES: Record<string, string> = Object.fromEntries(
  VULNERABILITY_FLAGS.map((f) => [f.id, f.name]),
);

/** The call's details as a GOV.UK summary list. All user text is rendered as text, never as HTML. */
export function CallSummary({ bundle, reference }: { bundle: CallBundle; reference: Reference }) {
  const { call } = bundle;
  const reporter = call.reporter;
  const rows: SummaryRow[] = [
    { key: 'Reference', value: call.reference ?? 'Reference pending' },
    { key: 'Received', value: formatDateTime(call.receivedAt) },
    { key: 'Incident date', value: formatDate(call.incidentDate) },
    { key: 'Source agency', value: nameOf(reference.agencyNames, call.sourceAgencyId) },
    {
      key: 'Reporter',
      value: reporter.anonymous ? (
        'Anonymous'
      ) : (
        <>
          {reporter.name}
          <br />
          {reporter.contact}
        </>
      ),
    },
    ...(reporter.anonymous
      ? []
      : [
          {
            key: 'Preferred update method',
            value: reporter.updateMethod
              ? UPDATE_METHOD_LABELS[reporter.updateMethod]
              : 'Not given',
          },
        ]),
    {
      key: 'Location',
      value: (
        <>
          <Link className="govuk-link" to={`/locations/${call.location.locationId}`}>
            {call.location.address}
          </Link>
          <br />
          {nameOf(reference.wardNames, call.location.wardCode)}
          {call.location.gps && (
            <>
              <br />
              {`GPS ${call.location.gps.lat.toFixed(5)}, ${call.location.gps.lng.toFixed(5)}`}
            </>
          )}
        </>
      ),
    },
    {
      key: 'People involved',
      value:
        bundle.people.length === 0 ? (
          'None recorded'
        ) : (
          <ul className="govuk-list">
            {bundle.people.map((p) => (
              <li key={`${p.personId}:${p.role}`}>
                {p.person ? (
                  <Link className="govuk-link" to={`/people/${p.personId}`}>
                    {p.person.name}
                  </Link>
                ) : (
                  'Person not on this device'
                )}
                {` (${PERSON_ROLE_LABELS[p.role]})`}
                {p.person?.dateOfBirth ? `, born ${formatDate(p.person.dateOfBirth)}` : ''}
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'Categories',
      value: call.categoryIds.map((c) => nameOf(reference.categoryNames, c)).join(', '),
    },
    { key: 'Risk level', value: RISK_LABELS[call.riskLevel] },
    {
      key: 'Vulnerability',
      value: call.vulnerabilityFlags.length
        ? call.vulnerabilityFlags.map((f) => FLAG_NAMES[f] ?? f).join(', ')
        : 'None recorded',
    },
    { key: 'Summary', value: <span className="app-preserve-lines">{call.summary}</span> },
    {
      key: 'Status',
      value: (
        <>
          <StatusTag status={call.status} />
          {call.closure && (
            <span className="govuk-body govuk-!-display-block govuk-!-margin-top-2">{`Closed: ${call.closure.reason}`}</span>
          )}
        </>
      ),
    },
    {
      key: 'Discussed at meetings',
      value: call.discussedOn?.length ? call.discussedOn.map(formatDate).join(', ') : 'Not yet',
    },
    { key: 'Sync', value: <SyncBadge sync={call._sync} /> },
  ];
  return <SummaryList rows={rows} />;
}
