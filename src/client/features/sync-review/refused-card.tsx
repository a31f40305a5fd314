import { formatDateTime } from '../../../domain/dates';
import { Button } from '../../components/button';
import { SummaryList } from '../../components/summary-list';
import type { RefusedItem } from '../../sync/review';
import { tableLabel } from '../../../domain/table-labels';
import { kindLabel } from './review-format';

/** A change the server refused, with its reason in plain English, and the way to dismiss it. */
export function RefusedCard({
  item,
  busy,
  onDiscard,
}: {
  item: RefusedItem;
  busy: boolean;
  onDiscard: () => void;
}) {
  // Out of scope: the payload was erased and the record removed; name only the kind of record.
  const heading = item.recordLabel
    ? `${tableLabel(item.table)}: ${item.recordLabel}`
    : tableLabel(item.table);
  const rows = [
    { key: 'Change', value: kindLabel(item.kind) },
    { key: 'Made on this device', value: formatDateTime(item.at) },
    { key: 'Reason', value: item.message },
  ];
  if (item.heldCount > 0)
    rows.push({
      key: 'Held back',
      value: `${item.heldCount} ${item.heldCount === 1 ? 'change depends' : 'changes depend'} on this and will not be sent`,
    });
  return (
    <section className="govuk-summary-card" aria-label={heading}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title app-wrap-anywhere">{heading}</h3>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList rows={rows} />
        <Button type="button" variant="warning" busy={busy} onClick={onDiscard}>
          {item.heldCount > 0 ? 'Discard this and what depends on it' : 'Discard this change'}
        </Button>
      </div>
    </section>
  );
}
