import type { ReactNode } from 'react';

export type TagColour =
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'blue'
  | 'light-blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

/** GOV.UK tag: a short status label. Colour is never the only signal; the words are. */
export function Tag({ colour, children }: { colour?: TagColour; children: ReactNode }) {
  return (
    <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''} app-tag`}>
      {children}
    </strong>
  );
}
