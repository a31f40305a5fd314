import { Checkbox } from '../../components/checkboxes';
import { Fieldset } from '../../components/fieldset';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { UPDATE_METHODS, UPDATE_METHOD_LABELS } from '../../../domain/schemas/calls';
import type { CallFormValue } from './call-form-model';

const METHOD_ITEMS = UPDATE_METHODS.map((m) => ({ value: m, label: UPDATE_METHOD_LABELS[m] }));

/** Reporter details; hidden (but kept in the draft) while the reporter is anonymous. */
export function ReporterFields({
  value,
  errors,
  onChange,
}: {
  value: CallFormValue;
  errors: Record<string, string>;
  onChange: (patch: Partial<CallFormValue>) => void;
}) {
  return (
    <Fieldset legend="Reporter">
      <Checkbox
        id="reporter-anonymous"
        label="The reporter wants to stay anonymous"
        hint="Not updated, and no details kept."
        checked={value.anonymous}
        onChange={(anonymous) => onChange({ anonymous })}
      />
      {!value.anonymous && (
        <>
          <TextInput
            id="reporter-name"
            label="Reporter’s name"
            value={value.reporterName}
            error={errors['reporter-name']}
            onChange={(reporterName) => onChange({ reporterName })}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput
            id="reporter-contact"
            label="Phone number, email or address"
            value={value.reporterContact}
            error={errors['reporter-contact']}
            onChange={(reporterContact) => onChange({ reporterContact })}
            autoComplete="off"
            spellCheck={false}
          />
          <Radios
            id="reporter-updateMethod"
            legend="How do they want to be updated?"
            items={METHOD_ITEMS}
            value={value.updateMethod}
            error={errors['reporter-updateMethod']}
            onChange={(updateMethod) => onChange({ updateMethod })}
            wrap
            small
          />
        </>
      )}
    </Fieldset>
  );
}
