import { Link } from 'react-router-dom';
import { usePwa, type PersistResult } from '../pwa/pwa-store';

/** What the browser said when asked to keep this app's storage (sync.md "Device storage"). */
const PERSIST_TEXT: Record<PersistResult, string | null> = {
  unknown: null,
  unsupported: 'This browser cannot promise to keep this app’s storage: sync often.',
  granted: 'Storage on this device: kept permanently by the browser.',
  denied: 'Storage on this device: the browser may clear it under pressure. Sync often.',
};

export function AppFooter() {
  const persist = PERSIST_TEXT[usePwa((s) => s.persist)];
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
            {persist && (
              <p
                className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0"
                role="status"
              >
                {persist}
              </p>
            )}
          </div>
        </div>
      </div>
    </footer>
  );
}
