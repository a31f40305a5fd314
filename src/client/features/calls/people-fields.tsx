import { useRef } from 'react';
import { DateInput } from '../../components/date-input';
import { Fieldset } from '../../components/fieldset';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { PERSON_ROLE_LABELS, PERSON_ROLES } from '../../../domain/schemas/calls';
import { KnownPersonChoice } from '../../forms/known-person-choice';
import { newPersonRow, type PersonRow } from './call-form-model';

const ROLE_ITEMS = PERSON_ROLES.map((r) => ({ value: r, label: PERSON_ROLE_LABELS[r] }));

/**
 * People involved, as rows the user adds and removes (logging a call, and
 * changing one). Adding a row moves focus to its name; removing one moves
 * focus to the "Add a person" button, so keyboard users never lose their
 * place. A row already on the call shows its person by name: only its role
 * changes, or it is removed.
 */
export function PeopleFields({
  people,
  errors,
  onChange,
  headingLevel: Heading = 'h2',
}: {
  /** Each row's heading sits under the page's (h2) or under a section's (h3). */
  headingLevel?: 'h2' | 'h3';
  people: readonly PersonRow[];
  errors: Record<string, string>;
  onChange: (people: PersonRow[]) => void;
}) {
  const addButton = useRef<HTMLButtonElement>(null);
  const update = (key: string, patch: Partial<PersonRow>) =>
    onChange(people.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  const add = () => {
    onChange([...people, newPersonRow()]);
    // The row renders on the next frame; focus its name then.
    requestAnimationFrame(() => document.getElementById(`people-${people.length}-name`)?.focus());
  };

  const remove = (key: string) => {
    onChange(people.filter((p) => p.key !== key));
    addButton.current?.focus();
  };

  return (
    <Fieldset legend="People involved" describedBy="people-hint">
      <div id="people-hint" className="govuk-hint">
        Victims, subjects and witnesses by name, if known.
      </div>
      {people.map((person, i) => (
        <div className="govuk-inset-text govuk-!-margin-top-2" key={person.key}>
          <Heading className="govuk-heading-s">
            {person.onCall ? person.name : `Person ${i + 1}`}
          </Heading>
          {!person.onCall && (
            <>
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
            </>
          )}
          <Radios
            id={`people-${i}-role`}
            name={`people-${person.key}-role`}
            legend={person.onCall ? `Role of ${person.name}` : 'Role'}
            items={ROLE_ITEMS}
            value={person.role}
            error={errors[`people-${i}-role`]}
            onChange={(role) => update(person.key, { role })}
            wrap
            small
          />
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => remove(person.key)}
          >
            {person.onCall ? `Remove ${person.name}` : `Remove person ${i + 1}`}
          </button>
        </div>
      ))}
      <button
        ref={addButton}
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={add}
      >
        {people.length === 0 ? 'Add a person' : 'Add another person'}
      </button>
    </Fieldset>
  );
}
