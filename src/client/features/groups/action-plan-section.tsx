import { useState, type FormEvent } from 'react';
import { formatDate, londonDate } from '../../../domain/dates';
import { compareItems, itemRag, type Rag } from '../../../domain/rules/groups';
import type { GroupItem } from '../../../domain/schemas/groups';
import { Button } from '../../components/button';
import { Checkbox } from '../../components/checkboxes';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Radios } from '../../components/radios';
import type { SelectOption } from '../../components/select';
import { Textarea } from '../../components/textarea';
import { nameOf } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { NewItemForm } from './new-item-form';
import { RagTag } from './group-parts';
import { useGroupWrites } from './use-groups';

export const RAG_ITEMS = [
  { value: 'green', label: 'Green', hint: 'On track' },
  { value: 'amber', label: 'Amber', hint: 'At risk' },
  { value: 'red', label: 'Red', hint: 'Off track' },
] as const;

/** The action plan, reddest first; an item past its date and not done shows red by itself. */
export function ActionPlanSection(props: {
  groupId: string;
  items: readonly GroupItem[];
  mayChange: boolean;
  agencies: readonly SelectOption[];
  agencyNames: Record<string, string>;
}) {
  const today = londonDate(new Date());
  const items = [...props.items].sort(compareItems(today));
  const agency = (id: string) => nameOf(props.agencyNames, id);
  return (
    <section aria-labelledby="plan-heading">
      <h2 className="govuk-heading-m" id="plan-heading">
        Action plan
      </h2>
      {items.length === 0 ? (
        <p className="govuk-body">No items yet.</p>
      ) : (
        <ol className="govuk-list govuk-list--spaced">
          {items.map((item) => (
            <li key={item.id} className="app-wrap-anywhere">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <RagTag shown={itemRag(item, today)} done={item.done} />{' '}
                <span className="govuk-!-font-weight-bold">{item.item}</span>
              </p>
              <p className="govuk-hint govuk-!-margin-bottom-1">
                Lead {agency(item.leadAgencyId)}
                {item.partnerAgencyIds.length
                  ? `, with ${item.partnerAgencyIds.map(agency).join(', ')}`
                  : ''}
                ; by {formatDate(item.byDate)}
              </p>
              {item.latestUpdate && (
                <p className="govuk-body govuk-!-margin-bottom-1">
                  Latest update{item.updatedOn ? ` (${formatDate(item.updatedOn)})` : ''}:{' '}
                  {item.latestUpdate}
                </p>
              )}
              {props.mayChange && <UpdateItem item={item} />}
            </li>
          ))}
        </ol>
      )}
      {props.mayChange && <NewItemForm groupId={props.groupId} agencies={props.agencies} />}
    </section>
  );
}

function UpdateItem({ item }: { item: GroupItem }) {
  const writes = useGroupWrites();
  const prefix = `item-${item.id}`;
  const form = useSubmit({ prefix, mainField: 'latestUpdate' });
  const [open, setOpen] = useState(false);
  const [rag, setRag] = useState<Rag>(item.rag);
  const [update, setUpdate] = useState(item.latestUpdate ?? '');
  const [done, setDone] = useState(!!item.done);
  if (!open)
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        Update<span className="govuk-visually-hidden"> {item.item}</span>
      </Button>
    );
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const changed = update !== (item.latestUpdate ?? '');
    const ok = await form.run(() =>
      writes.updateItem(item.id, {
        rag,
        done,
        ...(changed ? { latestUpdate: update, updatedOn: londonDate(new Date()) } : {}),
      }),
    );
    if (ok) setOpen(false);
  };
  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <ErrorSummary errors={form.errors} />
      {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
      <Radios
        id={`${prefix}-rag`}
        legend="RAG status"
        legendSize="s"
        inline
        small
        value={rag}
        items={RAG_ITEMS}
        error={form.fieldErrors[`${prefix}-rag`]}
        onChange={(v) => setRag(v as Rag)}
      />
      <Textarea
        id={`${prefix}-latestUpdate`}
        label="Latest update"
        value={update}
        error={form.fieldErrors[`${prefix}-latestUpdate`]}
        onChange={setUpdate}
        maxLength={2000}
        rows={3}
      />
      <Checkbox id={`${prefix}-done`} label="This item is done" checked={done} onChange={setDone} />
      <div className="govuk-button-group">
        <Button busy={form.busy}>Save update</Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
