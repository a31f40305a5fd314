import { Button } from '../../components/button';
import { DateInput } from '../../components/date-input';
import { Radios } from '../../components/radios';
import { Select, type SelectOption } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { SAFE_TO_CALL, SUBJECT_TYPES, type ReferralFormValue } from './referral-form-model';

const MAX_DATES_OF_BIRTH = 10;

interface Props {
  value: ReferralFormValue;
  errors: Record<string, string>;
  agencies: readonly SelectOption[];
  onChange: (patch: Partial<ReferralFormValue>) => void;
}

/** Who is referring, and who or what the referral is about. */
export function ReferralSubjectFields({ value, errors, agencies, onChange }: Props) {
  const setDob = (i: number, d: string) =>
    onChange({ datesOfBirth: value.datesOfBirth.map((old, j) => (j === i ? d : old)) });
  return (
    <>
      <h2 className="govuk-heading-m">Who is referring</h2>
      <Select
        id="referringAgencyId"
        label="Referring agency"
        emptyOption="Select an agency"
        options={agencies}
        value={value.referringAgencyId}
        error={errors.referringAgencyId}
        onChange={(referringAgencyId) => onChange({ referringAgencyId })}
      />
      <TextInput
        id="referringOfficer"
        label="Referring officer"
        value={value.referringOfficer}
        error={errors.referringOfficer}
        onChange={(referringOfficer) => onChange({ referringOfficer })}
      />
      <h2 className="govuk-heading-m">Who or what it is about</h2>
      <Radios
        id="subjectType"
        legend="The referral is about"
        items={SUBJECT_TYPES}
        value={value.subjectType}
        error={errors.subjectType}
        onChange={(subjectType) => onChange({ subjectType })}
      />
      <TextInput
        id="subjectName"
        label="Name of the person, family or location"
        value={value.subjectName}
        error={errors.subjectName}
        onChange={(subjectName) => onChange({ subjectName })}
        spellCheck={false}
      />
      <Textarea
        id="aliases"
        label="Aliases"
        hint="One per line"
        value={value.aliases}
        error={errors.aliases}
        onChange={(aliases) => onChange({ aliases })}
        rows={2}
      />
      {value.datesOfBirth.map((d, i) => (
        <DateInput
          key={i}
          id={`datesOfBirth-${i}`}
          label={i === 0 ? 'Date of birth (if known)' : `Another date of birth (${i + 1})`}
          value={d}
          error={errors[`datesOfBirth-${i}`]}
          onChange={(v) => setDob(i, v)}
        />
      ))}
      {value.datesOfBirth.length < MAX_DATES_OF_BIRTH && (
        <Button
          type="button"
          variant="secondary"
          onClick={() => onChange({ datesOfBirth: [...value.datesOfBirth, ''] })}
        >
          Add another date of birth
        </Button>
      )}
      <Textarea
        id="address"
        label="Address"
        value={value.address}
        error={errors.address}
        onChange={(address) => onChange({ address })}
        rows={2}
      />
      <TextInput
        id="phone"
        label="Phone"
        type="tel"
        inputMode="tel"
        width="20"
        value={value.phone}
        error={errors.phone}
        onChange={(phone) => onChange({ phone })}
      />
      <Radios
        id="safeToCall"
        legend="Is it safe to call this number?"
        items={SAFE_TO_CALL}
        value={value.safeToCall}
        error={errors.safeToCall}
        onChange={(safeToCall) => onChange({ safeToCall })}
        inline
      />
      <Textarea
        id="otherParties"
        label="Other parties"
        hint="Others involved: household members, victims, associates"
        value={value.otherParties}
        error={errors.otherParties}
        onChange={(otherParties) => onChange({ otherParties })}
        rows={3}
      />
    </>
  );
}
