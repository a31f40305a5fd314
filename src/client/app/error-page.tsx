import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';

/**
 * Shown when a screen fails to render. Records are in this device's storage
 * and are not affected; the message says so, and what to do next.
 */
export function ErrorPage() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <h1 className="govuk-heading-l">
          {notFound ? 'Page not found' : 'Sorry, something went wrong'}
        </h1>
        {!notFound && (
          <p className="govuk-body">
            Your saved records are safe on this device. Go back and try again; if it keeps
            happening, tell your system administrator what you were doing.
          </p>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to="/calls">
            Go to the calls list
          </Link>
        </p>
      </main>
    </div>
  );
}
