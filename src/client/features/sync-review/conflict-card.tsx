import { formatDateTime } from '../../../domain/dates';
import { Button } from '../../components/button';
import { SummaryList } from '../../components/summary-list';
import type { ConflictItem } from '../../sync/review';
import { tableLabel } from '../../../domain/table-labels';
import { fieldLabel, formatValue } from './review-format';

/**
 * One field changed on two devices: both values, who changed theirs and
 * when, and the two choices. A conflict on `archived` is a delete racing an
 * edit, so it is worded as such.
 */
export function ConflictCard({
  item,
  busy,
  onChoose,
}: {
  item: ConflictItem;
  busy: boolean;
  onChoose: (side: 'theirs' | 'mine') => void;
}) {
  const who = item.changedBy ?? 'someone else';
  const Who = who.charAt(0).toUpperCase() + who.slice(1);
  const when = item.changedAt ? ` on ${formatDateTime(item.changedAt)}` : '';
  const deleteRace = item.field === 'archived';
  const theyDeleted = deleteRace && item.theirs === true;
  const heading = `${tableLabel(item.table)}: ${item.recordLabel}`;
  return (
    <section className="govuk-summary-card" aria-label={`${heading}, ${fieldLabel(item.field)}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title app-wrap-anywhere">{heading}</h3>
      </div>
      <div className="govuk-summary-card__content">
        {deleteRace ? (
          <p className="govuk-body">
            {theyDeleted
              ? `${Who} deleted this record${when}. Your change brought it back.`
              : `You deleted this record, but ${who} changed it${when}.`}
          </p>
        ) : (
          <SummaryList
            rows={[
              { key: 'Field', value: fieldLabel(item.field) },
              { key: 'Their value', value: `${formatValue(item.theirs)} (${Who}${when})` },
              { key: 'Your value', value: formatValue(item.mine) },
            ]}
          />
        )}
        <div className="govuk-button-group">
          <Button type="button" variant="secondary" busy={busy} onClick={() => onChoose('theirs')}>
            {deleteRace ? (theyDeleted ? 'Delete it' : 'Keep their changes') : 'Keep theirs'}
          </Button>
          <Button type="button" variant="secondary" busy={busy} onClick={() => onChoose('mine')}>
            {deleteRace ? (theyDeleted ? 'Keep it' : 'Delete it anyway') : 'Use mine'}
          </Button>
        </div>
      </div>
    </section>
  );
}
