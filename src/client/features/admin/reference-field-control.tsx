import { Checkbox } from '../../components/checkboxes';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { QUALIFIER_ITEMS, type ReferenceField } from './reference-fields';
import { useLadder } from './use-ladder';

function StepSelect(props: { value: string; error?: string; onChange: (v: string) => void }) {
  const steps = useLadder();
  return (
    <Select
      id="stepId"
      label="Step of the powers ladder"
      hint="The step this letter is issued at. It cannot change once added."
      value={props.value}
      error={props.error}
      onChange={props.onChange}
      emptyOption="Select a step"
      options={(steps ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))}
    />
  );
}

/** One field of a reference item, drawn with the form kit by its kind. */
export function FieldControl(props: {
  field: ReferenceField;
  value: string | boolean;
  error?: string;
  onChange: (value: string | boolean) => void;
}) {
  const { field, value, error, onChange } = props;
  const text = typeof value === 'string' ? value : '';
  switch (field.kind) {
    case 'text':
      return (
        <TextInput
          id={field.key}
          label={field.label}
          hint={field.hint}
          value={text}
          error={error}
          onChange={onChange}
          spellCheck={field.key !== 'code'}
        />
      );
    case 'textarea':
      return (
        <Textarea
          id={field.key}
          label={field.label}
          hint={field.hint}
          value={text}
          error={error}
          onChange={onChange}
          rows={16}
        />
      );
    case 'qualifier':
      return (
        <Radios
          id={field.key}
          legend={field.label}
          value={text}
          error={error}
          onChange={onChange}
          items={QUALIFIER_ITEMS}
        />
      );
    case 'asb':
      return (
        <Checkbox
          id={field.key}
          label={field.label}
          hint="Safeguarding and mental health concerns do not count."
          checked={value === true}
          onChange={onChange}
        />
      );
    case 'step':
      return <StepSelect value={text} error={error} onChange={onChange} />;
  }
}
