import { Link } from 'react-router-dom';

/** Shown while a live query has not answered yet. */
export function VisitLoading({ title }: { title: string }) {
  return (
    <div aria-busy="true">
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body" role="status">
        Loading…
      </p>
    </div>
  );
}

export function VisitNotFound() {
  return (
    <>
      <h1 className="govuk-heading-l">Visit not found</h1>
      <p className="govuk-body">This visit is not on this device.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/my-day">
          Back to My day
        </Link>
      </p>
    </>
  );
}
