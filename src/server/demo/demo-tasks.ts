/**
 * What the daily tasking meeting asks partners to do for each kind of call,
 * and how those actions, resident updates and closures read when done.
 */
export interface ActionTemplate {
  agencyId: string;
  text: string;
  outcome: string;
}

const PATROL: ActionTemplate = {
  agencyId: 'kent-police',
  text: 'PCSO to carry out high-visibility patrols at {place} between 18:00 and 22:00 and engage with any group present.',
  outcome:
    'Patrols on five evenings. Group of six spoken to on two of them and names taken; no issues on the other nights.',
};
const WARDEN_ENGAGE: ActionTemplate = {
  agencyId: 'kcc-wardens',
  text: 'Community Warden to visit residents and businesses around {place} to gather information and offer reassurance.',
  outcome:
    'Warden door-knocked twelve addresses; residents confirmed the problem is mainly Friday nights. Information passed to police.',
};
const HOUSING: ActionTemplate = {
  agencyId: 'wkha',
  text: 'West Kent Housing to check whether tenants are involved and remind them of their tenancy conditions.',
  outcome:
    'Two households identified as tenants. Tenancy reminder letters sent and one tenant seen at home.',
};
const CCTV: ActionTemplate = {
  agencyId: 'sdc-cctv',
  text: 'CCTV to review footage for the reported times and share stills with the PCSO.',
  outcome:
    'Footage reviewed; two vehicles and one individual identified and details passed to Kent Police.',
};
const ASB_VISIT: ActionTemplate = {
  agencyId: 'sdc-asb',
  text: 'ASB Officer to visit both parties, explain expectations and consider a warning letter.',
  outcome:
    'Both parties visited. Agreed ground rules on parking and noise; warning letter held in reserve.',
};
const EH_NOISE: ActionTemplate = {
  agencyId: 'sdc-eh',
  text: 'Environmental Health to send diary sheets to the reporter and a noise advice letter to the address.',
  outcome:
    'Diary sheets returned showing a reduction; advice letter sent. No statutory nuisance established.',
};
const DIRECT_CLEAR: ActionTemplate = {
  agencyId: 'sdc-direct',
  text: 'Direct Services to clear the waste at {place} and search it for evidence of the owner.',
  outcome:
    'Waste cleared the next day. Paperwork with an address found and passed to the enforcement team for a Section 108 letter.',
};
const KENWARD: ActionTemplate = {
  agencyId: 'kenward',
  text: 'Kenward Trust outreach workers to visit {place} and offer substance misuse support to those gathering there.',
  outcome:
    'Outreach session held on two evenings; four young people engaged and one referred to CGL.',
};
const TRADING: ActionTemplate = {
  agencyId: 'trading-standards',
  text: 'Trading Standards to contact the resident, record the incident and offer a call blocker.',
  outcome:
    'Resident contacted; call blocker fitted and bank informed. Added to the repeat-victim watch list.',
};
const EARLY_HELP: ActionTemplate = {
  agencyId: 'kcc-early-help',
  text: 'Early Help to check whether the young people are known and offer diversionary activities.',
  outcome: 'Three young people known to Early Help; invited to the Friday youth hub session.',
};
const MENTAL_HEALTH: ActionTemplate = {
  agencyId: 'mental-health',
  text: 'Mental health services to check whether the person is known and arrange a welfare check.',
  outcome:
    'Person known to the community mental health team; care coordinator visited and support increased.',
};
const FIRE: ActionTemplate = {
  agencyId: 'kfrs',
  text: 'Kent Fire & Rescue to remove combustible rubbish and advise on bin storage at {place}.',
  outcome:
    'Rubbish removed and bins moved away from the building; fire safety advice given to residents.',
};

export const ACTIONS_BY_CATEGORY: Record<string, readonly ActionTemplate[]> = {
  rowdy: [PATROL, WARDEN_ENGAGE, CCTV, EARLY_HELP],
  'nuisance-behaviour': [PATROL, EARLY_HELP, FIRE, HOUSING],
  neighbour: [ASB_VISIT, HOUSING, EH_NOISE],
  intimidation: [PATROL, ASB_VISIT, HOUSING],
  noise: [EH_NOISE, HOUSING],
  vehicles: [PATROL, CCTV, WARDEN_ENGAGE],
  'street-drinking': [PATROL, KENWARD, WARDEN_ENGAGE],
  drugs: [PATROL, KENWARD, CCTV],
  'criminal-damage': [CCTV, PATROL],
  graffiti: [DIRECT_CLEAR, PATROL],
  'fly-tipping': [DIRECT_CLEAR, WARDEN_ENGAGE],
  'abandoned-vehicle': [
    {
      agencyId: 'sdc-direct',
      text: 'Direct Services to check DVLA records and serve an abandoned vehicle notice at {place}.',
      outcome: 'Notice served; the vehicle was removed by the owner within seven days.',
    },
  ],
  dog: [WARDEN_ENGAGE, PATROL],
  scams: [TRADING, WARDEN_ENGAGE],
  safeguarding: [EARLY_HELP, PATROL],
  'mental-health': [MENTAL_HEALTH, PATROL],
  hate: [PATROL, HOUSING],
  other: [WARDEN_ENGAGE],
};

export const DISCUSSION_NOTES = [
  'Discussed at daily tasking. {agencies} tasked; to be reviewed at next week’s meeting.',
  'Discussed at daily tasking with {agencies}. Agreed actions recorded below.',
  'Raised at daily tasking. {agencies} to take actions; CSU to update the reporter.',
] as const;

export const FIELD_NOTES = [
  'PCSO attended {place} at 19:40; group had dispersed by arrival. Spoke to two residents who confirmed the gathering happens most nights.',
  'Warden visited {place} during the afternoon; no one present. Left contact cards with three neighbours.',
  'Spoke to the reporter; incidents continuing but less frequent since partners became involved.',
  'Checked {place} on a late shift; evidence of recent drinking (cans, cigarette ends) but no one present.',
  'Reporter emailed photos of the latest incident; saved to the case file.',
] as const;

export const UPDATE_SUMMARIES = [
  'Explained what partners have done and that patrols have taken place. Asked the reporter to keep reporting on 101 or online.',
  'Told the reporter the actions are complete and the call will be closed; advised to report any repeat straight away.',
  'Updated the reporter on the outcome of the visits; reporter happy with the response.',
  'Explained the outcome of partner actions and that the call will be reviewed if there are further reports.',
] as const;

export const FIRST_CONTACT_UPDATES = [
  'Called the reporter to confirm the call has been discussed at daily tasking and which partners are involved.',
  'Emailed the reporter with the call reference and what happens next.',
] as const;

export const CLOSURE_REASONS = [
  'All actions completed and no further reports in the last two weeks.',
  'Resolved following partner actions; reporter content for the call to be closed.',
  'Actions completed. Issue has not recurred since the visits; close and monitor through daily tasking.',
  'Completed: no further action possible without new information. Reporter advised to report again if it recurs.',
] as const;

export const NO_UPDATE_REASONS = [
  'Three attempts to contact the reporter by phone with no answer; no other contact details held.',
  'Reporter asked not to be contacted further.',
] as const;

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
}
