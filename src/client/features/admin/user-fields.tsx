import { ROLE_LABELS, ROLES } from '../../../domain/roles';
import { Checkboxes } from '../../components/checkboxes';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import type { SelectOption } from '../../components/select';

export interface UserFormValues {
  name: string;
  agencyId: string;
  roles: string[];
  wards: string[];
}

/** The account fields shared by "add a user" and "change a user". */
export function UserFields({
  values,
  onChange,
  errors,
  agencies,
  wards,
}: {
  values: UserFormValues;
  onChange: (values: UserFormValues) => void;
  errors: Record<string, string>;
  agencies: readonly SelectOption[];
  wards: readonly SelectOption[];
}) {
  return (
    <>
      <TextInput
        id="name"
        label="Full name"
        value={values.name}
        onChange={(name) => onChange({ ...values, name })}
        error={errors.name}
      />
      <Select
        id="agencyId"
        label="Agency"
        value={values.agencyId}
        onChange={(agencyId) => onChange({ ...values, agencyId })}
        error={errors.agencyId}
        options={agencies}
        emptyOption="Select the agency"
      />
      <Checkboxes
        id="roles"
        legend="Roles"
        hint="Select all that apply. An administrator sees no case records without a case role too."
        values={values.roles}
        onChange={(roles) => onChange({ ...values, roles })}
        error={errors.roles}
        items={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
      />
      <Checkboxes
        id="wards"
        legend="Wards (their patch)"
        hint="Optional"
        values={values.wards}
        onChange={(w) => onChange({ ...values, wards: w })}
        error={errors.wards}
        items={wards}
        small
      />
    </>
  );
}

/** Checks before sending; the server checks again. */
export function checkUserFields(values: UserFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = 'Enter the full name';
  if (!values.agencyId) errors.agencyId = 'Select the agency';
  return errors;
}
