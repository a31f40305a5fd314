/**
 * The council's address block printed at the head of every letter and
 * agreement (from the district's Community Safety Partnership documents).
 */
export const COUNCIL_ADDRESS_LINES = [
  'Sevenoaks District Council',
  'PO Box 183, Argyle Road',
  'Sevenoaks, Kent TN13 1GP',
  'Tel: 01732 227000',
  'www.sevenoaks.gov.uk',
] as const;
