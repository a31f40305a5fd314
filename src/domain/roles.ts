/** Roles a user may hold (domain.md "Who works here"); a user may hold several. */
export const ROLES = ['field', 'chair', 'asb_officer', 'marac', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  field: 'Field officer (PCSO, warden, housing officer)',
  chair: 'Daily tasking chair',
  asb_officer: 'ASB officer',
  marac: 'Community MARAC member',
  admin: 'System administrator',
};

/** Who the server says is signed in. Carried by sessions and checked on every write. */
export interface Actor {
  userId: string;
  name: string;
  agencyId: string;
  roles: readonly Role[];
  wards: readonly string[];
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * The Actor for a user account, from the server's stored user or the
 * device's copy of its session answer. Roles this version does not know
 * (a profile saved by a newer app) grant nothing.
 */
export function actorOf(user: {
  id: string;
  name: string;
  agencyId: string;
  roles: readonly string[];
  wards: readonly string[];
}): Actor {
  return {
    userId: user.id,
    name: user.name,
    agencyId: user.agencyId,
    roles: user.roles.filter(isRole),
    wards: [...user.wards],
  };
}

/** The roles that read calls and their children (domain.md matrix, "calls and their children"). */
export const CASE_ROLES: readonly Role[] = ['field', 'chair', 'asb_officer'];

/** Whether the user reads case records at all: decides their first screen. */
export function readsCases(actor: Pick<Actor, 'roles'>): boolean {
  return CASE_ROLES.some((r) => actor.roles.includes(r));
}
