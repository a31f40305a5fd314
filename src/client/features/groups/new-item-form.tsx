import { useState, type FormEvent } from 'react';
import type { Rag } from '../../../domain/rules/groups';
import { Button } from '../../components/button';
import { Checkboxes } from '../../components/checkboxes';
import { DateInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Radios } from '../../components/radios';
import { Select, type SelectOption } from '../../components/select';
import { Textarea } from '../../components/textarea';
import { useSubmit } from '../../forms/use-submit';
import { RAG_ITEMS } from './action-plan-section';
import { useGroupWrites } from './use-groups';

const PREFIX = 'new-item';
const ORDER = ['item', 'leadAgencyId', 'partnerAgencyIds', 'byDate', 'rag'].map(
  (f) => `${PREFIX}-${f}`,
);

/** Adds an action plan item: what, lead agency, other partners, by when, RAG. */
export function NewItemForm({
  groupId,
  agencies,
}: {
  groupId: string;
  agencies: readonly SelectOption[];
}) {
  const writes = useGroupWrites();
  const form = useSubmit({ prefix: PREFIX, mainField: 'item', order: ORDER });
  const [item, setItem] = useState('');
  const [lead, setLead] = useState('');
  const [partners, setPartners] = useState<string[]>([]);
  const [byDate, setByDate] = useState('');
  const [rag, setRag] = useState<Rag | ''>('green');
  const [added, setAdded] = useState(false);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setAdded(false);
    const ok = await form.run(() =>
      writes.addItem(groupId, {
        item,
        leadAgencyId: lead,
        partnerAgencyIds: partners.filter((p) => p !== lead),
        byDate,
        rag: rag as Rag,
      }),
    );
    if (ok) {
      setItem('');
      setPartners([]);
      setByDate('');
      setRag('green');
      setAdded(true);
    }
  };
  const id = (f: string) => `${PREFIX}-${f}`;
  return (
    <form onSubmit={(e) => void save(e)} noValidate className="app-no-print">
      <h3 className="govuk-heading-s">Add an item</h3>
      <ErrorSummary errors={form.errors} />
      {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
      {added && (
        <p className="govuk-body" role="status">
          Item added to the action plan.
        </p>
      )}
      <Textarea
        id={id('item')}
        label="Item"
        value={item}
        error={form.fieldErrors[id('item')]}
        onChange={setItem}
        maxLength={1000}
        rows={2}
      />
      <Select
        id={id('leadAgencyId')}
        label="Lead agency"
        value={lead}
        emptyOption="Select the lead agency"
        options={agencies}
        error={form.fieldErrors[id('leadAgencyId')]}
        onChange={setLead}
      />
      <Checkboxes
        id={id('partnerAgencyIds')}
        legend="Other partners"
        legendSize="s"
        small
        values={partners}
        items={agencies.filter((a) => a.value !== lead)}
        onChange={setPartners}
      />
      <DateInput
        id={id('byDate')}
        label="By when"
        value={byDate}
        error={form.fieldErrors[id('byDate')]}
        onChange={setByDate}
      />
      <Radios
        id={id('rag')}
        legend="RAG status"
        legendSize="s"
        inline
        small
        value={rag}
        items={RAG_ITEMS}
        error={form.fieldErrors[id('rag')]}
        onChange={(v) => setRag(v as Rag)}
      />
      <Button busy={form.busy}>Add item</Button>
    </form>
  );
}
