import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * GOV.UK notification banner. A success banner is an alert and takes focus
 * when it appears (after a save moves the user to a new page), as GOV.UK's
 * own script does; an important banner is a labelled region.
 */
export function NotificationBanner({
  type = 'important',
  title,
  heading,
  children,
}: {
  type?: 'important' | 'success';
  title?: string;
  heading: ReactNode;
  children?: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (type === 'success') ref.current?.focus();
  }, [type]);
  const success = type === 'success';
  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={success ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading app-wrap-anywhere">{heading}</p>
        {children}
      </div>
    </div>
  );
}
