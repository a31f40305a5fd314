import { Link } from 'react-router-dom';

/** The way back to the referrals list, above the heading of each MARAC page that leaves it. */
export function AllReferralsLink() {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/marac">
        All referrals
      </Link>
    </p>
  );
}
