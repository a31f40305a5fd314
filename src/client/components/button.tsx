import type { ReactNode } from 'react';

/** GOV.UK button. `busy` blocks a double submit while a save is running. */
export function Button({
  children,
  type = 'submit',
  variant = 'primary',
  onClick,
  busy = false,
  inline = false,
}: {
  children: ReactNode;
  type?: 'submit' | 'button';
  variant?: 'primary' | 'secondary' | 'warning';
  onClick?: () => void;
  busy?: boolean;
  inline?: boolean;
}) {
  const classes = [
    'govuk-button',
    variant === 'primary' ? '' : `govuk-button--${variant}`,
    inline ? 'govuk-!-margin-bottom-0' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type={type}
      className={classes}
      data-module="govuk-button"
      onClick={onClick}
      disabled={busy}
      aria-disabled={busy ? true : undefined}
    >
      {children}
    </button>
  );
}

/** A row of buttons and links that wraps on narrow screens. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
