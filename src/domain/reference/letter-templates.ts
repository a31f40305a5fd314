/**
 * The first letter templates for the powers ladder, seeded (reference/seed.ts)
 * as reference rows an admin can edit. Placeholders in double braces are filled when a letter is
 * issued (src/domain/rules/letters.ts lists them): {{recipientName}},
 * {{recipientAddress}}, {{issuedDate}}, {{incidents}}, {{terms}},
 * {{reviewDate}}, {{endDate}}, {{officerName}}, {{agencyName}}. Incidents are quoted by date, area and category only:
 * never the names of reporters or victims, never call summaries.
 */
export interface LetterTemplateSeed {
  id: string;
  stepId: string;
  name: string;
  body: string;
}

const CLOSE = `If you would like to talk about this letter, please contact the Community Safety Unit.

Yours sincerely,

{{officerName}}
{{agencyName}}`;

const INCIDENTS_INTRO =
  'The partnership has received reports of anti-social behaviour that we believe you were involved in:';

export const SEED_LETTER_TEMPLATES: readonly LetterTemplateSeed[] = [
  {
    id: 'tpl-warning-1',
    stepId: 'warning-1',
    name: 'First warning letter',
    body: `{{recipientName}}
{{recipientAddress}}

{{issuedDate}}

Dear {{recipientName}},

Anti-social behaviour: first warning

${INCIDENTS_INTRO}

{{incidents}}

Behaviour like this causes harassment, alarm or distress to people who live and work nearby. We are asking you to stop now. If further reports are received, the partnership may take further action.

${CLOSE}`,
  },
  {
    id: 'tpl-warning-2',
    stepId: 'warning-2',
    name: 'Second warning letter',
    body: `{{recipientName}}
{{recipientAddress}}

{{issuedDate}}

Dear {{recipientName}},

Anti-social behaviour: second and final warning

We wrote to you before about anti-social behaviour. Since then we have received further reports:

{{incidents}}

If this continues, we will consider an Acceptable Behaviour Agreement, a Community Protection Warning or an application to court, and your landlord may be told.

${CLOSE}`,
  },
  {
    id: 'tpl-aba',
    stepId: 'aba',
    name: 'Acceptable Behaviour Agreement covering letter',
    body: `{{recipientName}}
{{recipientAddress}}

{{issuedDate}}

Dear {{recipientName}},

Acceptable Behaviour Agreement

Thank you for meeting us and signing the enclosed Acceptable Behaviour Agreement. It follows these reports:

{{incidents}}

You agreed:

{{terms}}

The agreement runs until {{endDate}}. We will review it with you every four weeks; the first review is on {{reviewDate}}. If the agreement is broken, the partnership may use formal powers.

${CLOSE}`,
  },
  {
    id: 'tpl-cpw',
    stepId: 'cpw',
    name: 'Community Protection Warning',
    body: `{{recipientName}}
{{recipientAddress}}

{{issuedDate}}

Dear {{recipientName}},

Community Protection Warning (section 43, Anti-social Behaviour, Crime and Policing Act 2014)

Your conduct is having a detrimental effect, of a persistent or continuing nature, on the quality of life of those in the locality, and is unreasonable. It relates to these reports:

{{incidents}}

You must:

{{terms}}

You are warned that if the conduct does not stop, a Community Protection Notice may be issued. Failing to comply with a notice is a criminal offence.

${CLOSE}`,
  },
  {
    id: 'tpl-cpn',
    stepId: 'cpn',
    name: 'Community Protection Notice',
    body: `{{recipientName}}
{{recipientAddress}}

{{issuedDate}}

Dear {{recipientName}},

Community Protection Notice (section 43, Anti-social Behaviour, Crime and Policing Act 2014)

You were given a Community Protection Warning and the conduct has continued. It relates to these reports:

{{incidents}}

You must comply with these requirements:

{{terms}}
 Failing to comply without reasonable excuse is a criminal offence. You may appeal to the magistrates’ court within 21 days of the date of this notice.

${CLOSE}`,
  },
];
