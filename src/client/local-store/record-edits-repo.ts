/**
 * Editing people and locations on the device: each save runs
 * `person.update` / `location.update` through the command runner, which
 * keeps only the changed fields and appends their history
 * (rules/record-edits.ts); the server runs the same rule again.
 */
import type { LocationEdit, PersonEdit } from '../../domain/rules/record-edits';
import type { CsuDb } from './db';
import { prepareCommandInTransaction, runCommand, commandTables } from './command-runner';
import { ValidationError } from './errors';
import { findLocationByAddress } from './people-repo';
import type { LocalLocation, LocalPerson } from './types';
import { withWrite } from './write';

/** The form's text as the command's arguments: blank optional fields are left out. */
export function personEditArgs(form: {
  name: string;
  aliases: readonly string[];
  dateOfBirth: string;
  address: string;
  wardCode: string;
  flags: PersonEdit['flags'];
}): PersonEdit {
  return {
    name: form.name,
    aliases: form.aliases.map((a) => a.trim()).filter(Boolean),
    flags: [...form.flags],
    ...(form.dateOfBirth.trim() ? { dateOfBirth: form.dateOfBirth.trim() } : {}),
    ...(form.address.trim() ? { address: form.address } : {}),
    ...(form.wardCode ? { wardCode: form.wardCode } : {}),
  };
}

export function editPerson(db: CsuDb, personId: string, edit: PersonEdit): Promise<void> {
  return runCommand(db, 'person.update', personId, edit);
}

/**
 * A location may not take the address of another live location in the same
 * ward: that is a duplicate, to be merged rather than edited into a copy.
 */
export async function editLocation(
  db: CsuDb,
  locationId: string,
  edit: LocationEdit,
): Promise<void> {
  const run = prepareCommandInTransaction('location.update', locationId, edit);
  await withWrite(db, commandTables('location.update'), async () => {
    const other = await findLocationByAddress(db, edit.address, edit.wardCode);
    if (other && other.id !== locationId)
      throw new ValidationError('This address is already a location.', {
        address: 'Another location in this ward has this address: merge the two instead',
      });
    await run(db);
  });
}

export async function getPerson(db: CsuDb, id: string): Promise<LocalPerson | undefined> {
  return db.people.get(id);
}

export async function getLocation(db: CsuDb, id: string): Promise<LocalLocation | undefined> {
  return db.locations.get(id);
}
