import { Checkboxes } from '../../components/checkboxes';
import { TEXT_MAX } from '../../../domain/schemas/text-limits';
import { Radios } from '../../components/radios';
import type { SelectOption } from '../../components/select';
import { Textarea } from '../../components/textarea';
import { RISK_LABELS, RISK_LEVELS } from '../../../domain/reference/risk';
import { MARAC_CRITERIA } from '../../../domain/schemas/marac';
import type { ReferralFormValue } from './referral-form-model';

const CRITERIA_ITEMS = MARAC_CRITERIA.map((c) => ({ value: c.id, label: c.name }));
const RISK_ITEMS = RISK_LEVELS.map((r) => ({ value: r, label: RISK_LABELS[r] }));
const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

interface Props {
  value: ReferralFormValue;
  errors: Record<string, string>;
  agencies: readonly SelectOption[];
  onChange: (patch: Partial<ReferralFormValue>) => void;
}

/** Why the case meets the Community MARAC criteria, the risk, consent and what has been tried. */
export function ReferralCaseFields({ value, errors, agencies, onChange }: Props) {
  return (
    <>
      <h2 className="govuk-heading-m">The concern</h2>
      <Checkboxes
        id="criteria"
        legend="Which criteria does it meet?"
        hint="Select all that apply"
        items={CRITERIA_ITEMS}
        values={value.criteria}
        error={errors.criteria}
        onChange={(criteria) => onChange({ criteria })}
        small
      />
      <Radios
        id="riskLevel"
        legend="Risk level"
        items={RISK_ITEMS}
        value={value.riskLevel}
        error={errors.riskLevel}
        onChange={(riskLevel) => onChange({ riskLevel })}
      />
      <Radios
        id="consent-given"
        legend="Has the subject consented to the referral?"
        items={YES_NO}
        value={value.consentGiven}
        error={errors['consent-given'] ?? errors.consent}
        onChange={(consentGiven) => onChange({ consentGiven })}
        inline
      />
      {value.consentGiven === 'no' && (
        <Textarea
          id="consent-whyNot"
          label="Why was consent not given or not sought?"
          value={value.consentWhyNot}
          error={errors['consent-whyNot']}
          onChange={(consentWhyNot) => onChange({ consentWhyNot })}
          rows={2}
        />
      )}
      <Textarea
        id="reason"
        label="Reason for the referral"
        value={value.reason}
        error={errors.reason}
        onChange={(reason) => onChange({ reason })}
        maxLength={TEXT_MAX.referralReason}
        rows={5}
      />
      <Textarea
        id="risks"
        label="Risks"
        hint="To the subject, to others, and to staff visiting"
        value={value.risks}
        error={errors.risks}
        onChange={(risks) => onChange({ risks })}
        rows={3}
      />
      <Checkboxes
        id="agenciesInvolved"
        legend="Agencies already involved"
        hint="Select all that apply"
        items={agencies}
        values={value.agenciesInvolved}
        error={errors.agenciesInvolved}
        onChange={(agenciesInvolved) => onChange({ agenciesInvolved })}
        small
      />
      <Textarea
        id="actionsTried"
        label="Actions already tried"
        value={value.actionsTried}
        error={errors.actionsTried}
        onChange={(actionsTried) => onChange({ actionsTried })}
        rows={3}
      />
    </>
  );
}
