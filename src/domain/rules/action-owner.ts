/**
 * An action's owner is a person in the user directory who works for the
 * action's agency; with no owner the action is left to the agency. The
 * device and the server look the owner up in their own copy of the
 * directory and give this answer, so an owner refused on one is refused on
 * the other.
 */
export interface OwnerCandidate {
  agencyId: string;
  active: boolean;
}

export const ACTION_OWNER_FIELD = 'ownerId';

/** The field error for `ownerId`, or undefined when the owner may own an action of `agencyId`. */
export function actionOwnerError(
  owner: OwnerCandidate | undefined,
  agencyId: string,
): string | undefined {
  if (!owner || !owner.active)
    return 'Choose the owner from the list, or leave the action to the agency';
  if (owner.agencyId !== agencyId)
    return 'Choose someone who works for the action’s agency, or leave it to the agency';
  return undefined;
}
