import { Link } from 'react-router-dom';

/** Shown while a live query has not answered yet (hooks return undefined until then). */
export function LoadingPage({ title }: { title: string }) {
  return (
    <div aria-busy="true">
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body" role="status">
        Loading…
      </p>
    </div>
  );
}

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
