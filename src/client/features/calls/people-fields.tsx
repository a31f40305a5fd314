import { useRef } from 'react';
import { DateInput } from '../../components/date-input';
import { Fieldset } from '../../components/fieldset';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { PERSON_ROLES } from '../../../domain/schemas/calls';
import { KnownPersonChoice } from '../../forms/known-person-choice';
import { newPersonRow, type CallFormValue, type PersonRow } from './call-form-model';

const ROLE_ITEMS = PERSON_ROLES.map((r) => ({ value: r, label: r[0]!.toUpperCase() + r.slice(1) }));

/**
 * People involved, as rows the user adds and removes. Adding a row moves
 * focus to its name; removing one moves focus to the "Add a person" button,
 * so keyboard users never lose their place.
 */
export function PeopleFields({
  value,
  errors,
  onChange,
}: {
  value: CallFormValue;
  errors: Record<string, string>;
  onChange: (patch: Partial<CallFormValue>) => void;
}) {
  const addButton = useRef<HTMLButtonElement>(null);
  const update = (key: string, patch: Partial<PersonRow>) =>
    onChange({ people: value.people.map((p) => (p.key === key ? { ...p, ...patch } : p)) });

  const add = () => {
    const row = newPersonRow();
    onChange({ people: [...value.people, row] });
    // The row renders on the next frame; focus its name then.
    requestAnimationFrame(() =>
      document.getElementById(`people-${value.people.length}-name`)?.focus(),
    );
  };

  const remove = (key: string) => {
    onChange({ people: value.people.filter((p) => p.key !== key) });
    addButton.current?.focus();
  };

  return (
    <Fieldset legend="People involved" describedBy="people-hint">
      <div id="people-hint" className="govuk-hint">
        Victims, subjects and witnesses by name, if known.
      </div>
      {value.people.map((person, i) => (
        <div className="govuk-inset-text govuk-!-margin-top-2" key={person.key}>
          <h2 className="govuk-heading-s">Person {i + 1}</h2>
          <TextInput
            id={`people-${i}-name`}
            label="Name"
            value={person.name}
            error={errors[`people-${i}-name`]}
            onChange={(name) => update(person.key, { name, personId: undefined })}
            autoComplete="off"
            spellCheck={false}
          />
          <KnownPersonChoice
            id={`people-${i}-personId`}
            name={person.name}
            personId={person.personId}
            onChange={(personId) => update(person.key, { personId })}
          />
          <DateInput
            id={`people-${i}-dateOfBirth`}
            label="Date of birth (optional)"
            value={person.dateOfBirth}
            error={errors[`people-${i}-dateOfBirth`]}
            onChange={(dateOfBirth) => update(person.key, { dateOfBirth })}
          />
          <Radios
            id={`people-${i}-role`}
            name={`people-${person.key}-role`}
            legend="Role"
            items={ROLE_ITEMS}
            value={person.role}
            error={errors[`people-${i}-role`]}
            onChange={(role) => update(person.key, { role })}
            small
          />
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => remove(person.key)}
          >
            Remove person {i + 1}
          </button>
        </div>
      ))}
      <button
        ref={addButton}
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={add}
      >
        {value.people.length === 0 ? 'Add a person' : 'Add another person'}
      </button>
    </Fieldset>
  );
}
