import { Link } from 'react-router-dom';

/** A person or location that is not on this device (never synced to it, or not readable). */
export function RecordNotFound({ kind }: { kind: 'person' | 'location' }) {
  const word = kind === 'person' ? 'Person' : 'Location';
  return (
    <>
      <h1 className="govuk-heading-l">{word} not found</h1>
      <p className="govuk-body">
        This {kind} is not on this device. It may not have reached this device yet: it arrives with
        the next sync.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/people">
          Search people and places
        </Link>
      </p>
    </>
  );
}

/** The record was found to be the same as another: its history now lives there. */
export function MergedNotice({ to, name }: { to: string; name: string }) {
  return (
    <div className="govuk-inset-text">
      This record was merged into{' '}
      <Link className="govuk-link" to={to}>
        {name}
      </Link>
      . Everything linked to it is shown there too.
    </div>
  );
}
