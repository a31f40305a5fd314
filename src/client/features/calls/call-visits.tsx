import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../domain/dates';
import { VISIT_TYPE_LABELS } from '../../../domain/schemas/visits';
import type { CallBundle } from '../../local-store/queries';

/** Visits linked to the call, each one tap from here, and "Log a visit" for this call. */
export function CallVisits({ bundle, mayAdd }: { bundle: CallBundle; mayAdd: boolean }) {
  const originals = bundle.visits.filter((v) => !v.amendsId);
  return (
    <section aria-labelledby="visits-heading">
      <h2 className="govuk-heading-m" id="visits-heading">
        Visits
      </h2>
      {originals.length === 0 ? (
        <p className="govuk-body">No visits yet.</p>
      ) : (
        <ul className="govuk-list" aria-labelledby="visits-heading">
          {originals.map((v) => (
            <li key={v.id}>
              <Link className="govuk-link" to={`/visits/${v.id}`}>
                {VISIT_TYPE_LABELS[v.visitType]}, {formatDateTime(v.at)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {mayAdd && bundle.call.status !== 'closed' && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/visits/new?callId=${bundle.call.id}`}>
            Log a visit for this call
          </Link>
        </p>
      )}
    </section>
  );
}
