import { Link } from 'react-router-dom';

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
