import { useEffect, useRef } from 'react';
import type {
  AdminReferenceTable,
  ReferenceRowData,
  ReferenceUsage,
} from '../../../domain/reference-admin-schemas';
import { renderLetter, SAMPLE_LETTER_VALUES } from '../../../domain/rules/letters';
import { describeReferenceChange, NOTHING_CHANGED } from '../../../domain/rules/reference-changes';
import { Button, ButtonGroup } from '../../components/button';
import { LetterText } from '../../components/letter-text';

export interface Preview {
  lines: string[];
  /** A letter template's wording filled with sample values. */
  letter?: string;
  unchanged: boolean;
}

/** What saving would change, from the row as stored and the body the form would send. */
export function previewOf(
  table: AdminReferenceTable,
  row: ReferenceRowData | undefined,
  body: Record<string, unknown>,
  usage: ReferenceUsage,
): Preview {
  const after: ReferenceRowData = {
    ...row,
    ...body,
    id: row?.id ?? '',
    active: row ? body.active !== false : true,
  };
  const lines = describeReferenceChange(table, row, after, usage);
  const rendered =
    table === 'letterTemplates' && typeof after.body === 'string'
      ? renderLetter(after.body, SAMPLE_LETTER_VALUES)
      : undefined;
  return {
    lines,
    letter: rendered?.ok ? rendered.body : undefined,
    unchanged: lines.length === 1 && lines[0] === NOTHING_CHANGED,
  };
}

/**
 * The form's last step: the button that asks for a preview, then the
 * preview itself, read before saving. It takes focus so a screen reader
 * hears it.
 */
export function ReferencePreview(props: {
  preview: Preview | null;
  busy: boolean;
  onSave: () => void;
  onBack: () => void;
}) {
  const { preview, busy, onSave, onBack } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [preview]);
  if (!preview) return <Button>Preview changes</Button>;
  return (
    <section className="govuk-inset-text" aria-labelledby="preview-heading">
      <h2 className="govuk-heading-m" id="preview-heading" tabIndex={-1} ref={heading}>
        What devices will see
      </h2>
      <ul className="govuk-list govuk-list--bullet">
        {preview.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {preview.letter !== undefined && (
        <>
          <h3 className="govuk-heading-s">The letter with sample values</h3>
          <LetterText body={preview.letter} label="Sample letter" />
        </>
      )}
      <ButtonGroup>
        {!preview.unchanged && (
          <Button type="button" busy={busy} onClick={onSave}>
            Save changes
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={onBack}>
          Change again
        </Button>
      </ButtonGroup>
    </section>
  );
}
