/**
 * A call names reference data by id: its ward, its source agency and its
 * categories. Each must be an active row the district has; the device and
 * the server look the ids up in their own stores and both answer with
 * these field errors, so a call refused on one is refused on the other.
 */
export const CALL_REFERENCE_TABLES = ['wards', 'agencies', 'categories'] as const;
export type CallReferenceTable = (typeof CALL_REFERENCE_TABLES)[number];

export interface CallReferenceInput {
  location: { wardCode: string };
  sourceAgencyId: string;
  categoryIds: readonly string[];
}

/** The ids a call names, per reference table. */
export function callReferenceIds(
  call: CallReferenceInput,
): Record<CallReferenceTable, readonly string[]> {
  return {
    wards: [call.location.wardCode],
    agencies: [call.sourceAgencyId],
    categories: call.categoryIds,
  };
}

const MESSAGES: Record<CallReferenceTable, [field: string, message: string]> = {
  wards: ['location.wardCode', 'Select a ward from the list'],
  agencies: ['sourceAgencyId', 'Select the source agency from the list'],
  categories: ['categoryIds', 'Select categories from the list'],
};

/** Field errors for the tables where some id the call names is not an active row. */
export function callReferenceErrors(
  allKnown: Record<CallReferenceTable, boolean>,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const table of CALL_REFERENCE_TABLES) {
    const [field, message] = MESSAGES[table];
    if (!allKnown[table]) fields[field] = message;
  }
  return fields;
}
