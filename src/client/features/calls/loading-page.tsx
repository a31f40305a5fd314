import { Link } from 'react-router-dom';

export function CallNotFound() {
  return (
    <>
      <h1 className="govuk-heading-l">Call not found</h1>
      <p className="govuk-body">
        This call is not on this device. It may have been closed and removed, or it may not have
        reached this device yet.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/calls">
          Back to calls
        </Link>
      </p>
    </>
  );
}
