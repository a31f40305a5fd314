import { formatDate } from '../../../domain/dates';
import { DELIVERY_METHODS, DELIVERY_METHOD_LABELS } from '../../../domain/rules/delivery';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { usePersonMatches } from '../../forms/use-person-matches';
import type { VisitLinkOptions } from '../../local-store/my-day-queries';
import { NEW_PERSON, type VisitFormValue } from './visit-form-model';

type Props = {
  value: VisitFormValue;
  errors: Record<string, string>;
  onChange: (patch: Partial<VisitFormValue>) => void;
};

const METHOD_ITEMS = DELIVERY_METHODS.map((m) => ({ value: m, label: DELIVERY_METHOD_LABELS[m] }));

/** Who was seen, and the person record it links to (someone known, or a new person). */
export function WhoSeenFields({ value, errors, onChange }: Props) {
  const matches = usePersonMatches(value.personName);
  const name = value.personName.trim();
  const items = [
    { value: '', label: 'Do not link a person' },
    ...matches.map((p) => ({
      value: p.id,
      label: p.name,
      hint: [p.dateOfBirth && `Born ${formatDate(p.dateOfBirth)}`, p.address]
        .filter(Boolean)
        .join(', '),
    })),
    ...(name ? [{ value: NEW_PERSON, label: `Add “${name}” as a new person` }] : []),
  ];
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Who was seen</legend>
      <TextInput
        id="whoSeen"
        label="Who was seen (optional)"
        hint="For example: resident at home, shop staff"
        value={value.whoSeen}
        error={errors.whoSeen}
        onChange={(whoSeen) => onChange({ whoSeen })}
      />
      <TextInput
        id="personName"
        label="Link a person (optional)"
        hint="Type a name to find someone already known, or to add them"
        value={value.personName}
        onChange={(personName) =>
          onChange({
            personName,
            personChoice: value.personChoice === NEW_PERSON ? NEW_PERSON : value.personChoice,
          })
        }
        autoComplete="off"
        spellCheck={false}
      />
      {(name || value.personChoice) && (
        <Radios
          id="personChoice"
          legend="Which person?"
          legendSize="s"
          items={items}
          value={value.personChoice}
          error={errors.personChoice ?? errors['newPerson-name']}
          onChange={(personChoice) => onChange({ personChoice })}
          small
        />
      )}
    </fieldset>
  );
}

/** Links to a call and a Task and Finish Group on this device. */
export function LinkFields({
  value,
  errors,
  onChange,
  links,
}: Props & { links: VisitLinkOptions }) {
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Linked to</legend>
      <Select
        id="callId"
        label="Call (optional)"
        emptyOption="No call"
        options={links.calls.map((c) => ({ value: c.id, label: c.label }))}
        value={value.callId}
        error={errors.callId}
        onChange={(callId) => onChange({ callId })}
      />
      {links.groups.length > 0 && (
        <Select
          id="groupId"
          label="Task and Finish Group (optional)"
          emptyOption="No group"
          options={links.groups.map((g) => ({ value: g.id, label: g.label }))}
          value={value.groupId}
          error={errors.groupId}
          onChange={(groupId) => onChange({ groupId })}
        />
      )}
    </fieldset>
  );
}

/** A warning-letter delivery completes one of my delivery tasks. */
export function DeliveryFields({
  value,
  errors,
  onChange,
  links,
}: Props & { links: VisitLinkOptions }) {
  if (links.deliveries.length === 0)
    return <p className="govuk-body">You have no letters waiting to be delivered.</p>;
  const pick = (deliveryTaskId: string) => {
    const task = links.deliveries.find((t) => t.id === deliveryTaskId);
    onChange({
      deliveryTaskId,
      ...(task && !value.address ? { address: task.address, wardCode: task.wardCode } : {}),
    });
  };
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Letter delivered</legend>
      <Radios
        id="deliveryTaskId"
        legend="Which letter?"
        legendSize="s"
        items={[
          { value: '', label: 'None of these' },
          ...links.deliveries.map((t) => ({
            value: t.id,
            label: t.recipientName,
            hint: `${t.address}. Due ${formatDate(t.dueDate)}`,
          })),
        ]}
        value={value.deliveryTaskId}
        error={errors.deliveryTaskId}
        onChange={pick}
      />
      {value.deliveryTaskId && (
        <Radios
          id="deliveryMethod"
          legend="How was it delivered?"
          legendSize="s"
          items={METHOD_ITEMS}
          value={value.deliveryMethod}
          error={errors.deliveryMethod}
          onChange={(deliveryMethod) => onChange({ deliveryMethod })}
        />
      )}
    </fieldset>
  );
}
