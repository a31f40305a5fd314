import { COUNCIL_ADDRESS_LINES } from '../../domain/reference/council';

/**
 * A letter as text under the council's address block. The body is a text
 * node in a line-preserving block, never HTML, so whatever a template or a
 * recipient's name contains shows as typed and runs nothing.
 */
export function LetterText({ body, label }: { body: string; label: string }) {
  return (
    <article className="app-letter" aria-label={label}>
      <address className="app-letter__council">
        {COUNCIL_ADDRESS_LINES.map((line) => (
          <span key={line} className="app-letter__line">
            {line}
          </span>
        ))}
      </address>
      <div className="app-letter__body app-preserve-lines" data-testid="letter-body">
        {body}
      </div>
    </article>
  );
}
