import type { ReactNode } from 'react';

/** GOV.UK fieldset: groups related controls under one legend. */
export function Fieldset({
  legend,
  legendSize = 'm',
  describedBy,
  children,
}: {
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  describedBy?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
      <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>
        {legend}
      </legend>
      {children}
    </fieldset>
  );
}
