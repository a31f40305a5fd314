import type { SelectOption } from '../../components/select';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { KnownPersonChoice } from '../../forms/known-person-choice';
import type { IssueValues } from './issue-form-model';

/**
 * Who a letter or power is to: a person (linked to their record when they
 * are already known on this device, so every step for them is seen
 * together) or an organisation, with the address it is delivered to. An
 * escalation keeps the earlier record's recipient, so no lookup is offered.
 */
export function RecipientFields({
  v,
  change,
  errors,
  wards,
  escalating,
}: {
  v: IssueValues;
  change: (patch: Partial<IssueValues>) => void;
  errors: Record<string, string | undefined>;
  wards: SelectOption[];
  escalating: boolean;
}) {
  return (
    <>
      <Radios
        id="issue-recipientType"
        legend="Who is it to?"
        value={v.recipientType}
        onChange={(t) => change({ recipientType: t as IssueValues['recipientType'], personId: '' })}
        items={[
          { value: 'person', label: 'A person' },
          { value: 'organisation', label: 'An organisation' },
        ]}
        inline
      />
      <TextInput
        id="issue-recipientName"
        label={v.recipientType === 'person' ? 'Recipient name' : 'Organisation name'}
        hint={
          v.recipientType === 'person' && !escalating
            ? 'Type at least 3 letters to find someone already on record'
            : undefined
        }
        value={v.recipientName}
        onChange={(recipientName) => change({ recipientName, personId: '' })}
        error={errors['issue-recipientName']}
        autoComplete="off"
        spellCheck={false}
      />
      {v.recipientType === 'person' && !escalating && (
        <KnownPersonChoice
          id="issue-personId"
          name={v.recipientName}
          personId={v.personId || undefined}
          onChange={(personId, person) =>
            change({
              personId: personId ?? '',
              ...(person
                ? {
                    recipientName: person.name,
                    recipientAddress: v.recipientAddress || person.address || '',
                    recipientWardCode: v.recipientWardCode || person.wardCode || '',
                  }
                : {}),
            })
          }
        />
      )}
      <Textarea
        id="issue-recipientAddress"
        label="Recipient address"
        value={v.recipientAddress}
        onChange={(recipientAddress) => change({ recipientAddress })}
        error={errors['issue-recipientAddress']}
        maxLength={300}
        rows={2}
      />
      <Select
        id="issue-recipientWardCode"
        label="Ward of the address"
        emptyOption="Select a ward"
        options={wards}
        value={v.recipientWardCode}
        onChange={(recipientWardCode) => change({ recipientWardCode })}
        error={errors['issue-recipientWardCode']}
      />
    </>
  );
}
