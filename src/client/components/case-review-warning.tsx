import { useId } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '../../domain/dates';
import type { CaseReviewWarning } from '../../domain/rules/case-review';

export interface PersonWarning {
  personId: string;
  name: string;
  warning: CaseReviewWarning;
}

/**
 * "ASB Case Review threshold may be met" for each person given. The app
 * warns; it never decides: the CSU judges whether a Case Review applies.
 * `linkNames` names each person with a link to their page (the call page);
 * on a person's own page the warning is about them.
 */
export function CaseReviewWarnings({
  warnings,
  linkNames,
}: {
  warnings: readonly PersonWarning[] | undefined;
  linkNames: boolean;
}) {
  const idBase = useId();
  if (!warnings?.length) return null;
  return (
    <>
      {warnings.map(({ personId, name, warning }) => (
        <div
          key={personId}
          className="govuk-inset-text"
          role="region"
          aria-labelledby={`${idBase}-${personId}`}
        >
          <div className="govuk-warning-text govuk-!-margin-bottom-2">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text" id={`${idBase}-${personId}`}>
              <span className="govuk-visually-hidden">Warning</span>
              {`ASB Case Review threshold may be met: ${warning.incidents} qualifying calls in ${warning.settings.months} months`}
              {linkNames && <span className="govuk-visually-hidden">{` for ${name}`}</span>}
            </strong>
          </div>
          <p className="govuk-body govuk-!-margin-bottom-0 app-wrap-anywhere">
            {linkNames && (
              <>
                <Link className="govuk-link" to={`/people/${personId}`}>
                  {name}
                </Link>{' '}
                was{' '}
              </>
            )}
            {!linkNames && 'This person was '}
            victim or reporter in ASB calls about {warning.incidents} separate incidents
            {warning.from && warning.to
              ? ` between ${formatDate(warning.from)} and ${formatDate(warning.to)}`
              : ''}
            . They may be entitled to an ASB Case Review (Community Trigger): the CSU decides.
          </p>
        </div>
      ))}
    </>
  );
}
