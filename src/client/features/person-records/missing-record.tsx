import { Link } from 'react-router-dom';

/** A person or location id that is not on this device (never synced here, or not readable). */
export function MissingRecord({ kind }: { kind: 'person' | 'location' }) {
  return (
    <>
      <h1 className="govuk-heading-l">{kind === 'person' ? 'Person' : 'Location'} not found</h1>
      <p className="govuk-body">
        This {kind} is not on this device.{' '}
        <Link className="govuk-link" to="/people">
          Search people and places
        </Link>
      </p>
    </>
  );
}
