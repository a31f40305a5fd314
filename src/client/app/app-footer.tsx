import { Link } from 'react-router-dom';

export function AppFooter() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to="/accessibility">
                  Accessibility statement
                </Link>
              </li>
            </ul>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              Official – Sensitive. Records about named people, shared under the partnership’s
              information-sharing agreement.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
