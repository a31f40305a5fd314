import { Link } from 'react-router-dom';
import { usePageTitle } from './use-page-title';

/**
 * A screen the signed-in user's roles do not reach (the matrix in
 * src/domain/access.ts). Shown instead of the screen, so nothing on it loads
 * and no request is made that the server would refuse.
 */
export function NoAccessPage() {
  usePageTitle('You do not have access');
  return (
    <>
      <h1 className="govuk-heading-l">You do not have access to this page</h1>
      <p className="govuk-body">
        Your account’s roles do not include this part of the service. If you need it for your work,
        ask a system administrator to change your roles.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to your first screen
        </Link>
      </p>
    </>
  );
}
