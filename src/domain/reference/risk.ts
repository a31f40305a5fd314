/** Risk levels and vulnerability flags: seeded data an admin may extend. */
export const RISK_LEVELS = ['standard', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_LABELS: Record<RiskLevel, string> = {
  standard: 'Standard',
  medium: 'Medium',
  high: 'High',
};

export const VULNERABILITY_FLAGS = [
  { id: 'elderly', name: 'Elderly or isolated' },
  { id: 'disability', name: 'Disability' },
  { id: 'mental-health', name: 'Mental health' },
  { id: 'child', name: 'Child or young person involved' },
  { id: 'repeat-victim', name: 'Repeat victim' },
  { id: 'hate', name: 'Targeted for who they are (hate)' },
  { id: 'substance', name: 'Substance misuse' },
  { id: 'domestic-abuse', name: 'Domestic abuse indicators' },
] as const;
export type VulnerabilityFlag = (typeof VULNERABILITY_FLAGS)[number]['id'];
export const VULNERABILITY_FLAG_IDS = VULNERABILITY_FLAGS.map((f) => f.id) as [
  VulnerabilityFlag,
  ...VulnerabilityFlag[],
];
