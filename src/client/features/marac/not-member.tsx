import { Link } from 'react-router-dom';

/** What a non-member sees on a MARAC screen: no records, and the way to refer. */
export function NotMember() {
  return (
    <>
      <h1 className="govuk-heading-l">Community MARAC</h1>
      <p className="govuk-body">Only Community MARAC members can see referrals.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/marac/refer">
          Refer someone to the Community MARAC
        </Link>
      </p>
    </>
  );
}
