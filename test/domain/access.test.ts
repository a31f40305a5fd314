import { describe, expect, it } from 'vitest';
import {
  ACCESS_MATRIX,
  canChange,
  canCreate,
  canRead,
  canRunCommand,
  readsCases,
} from '../../src/domain/access';
import type { Actor, Role } from '../../src/domain/roles';
import { REFERENCE_TABLES, TABLE_NAMES, TABLES, type TableName } from '../../src/domain/tables';

const actor = (
  roles: Role[],
  agencyId = 'sdc-csu',
  userId = `u-${roles.join('-') || 'none'}`,
): Actor => ({
  userId,
  name: 'Test User',
  agencyId,
  roles,
  wards: [],
});
const field = actor(['field'], 'kent-police', 'pcso-1');
const chair = actor(['chair']);
const asb = actor(['asb_officer'], 'sdc-asb');
const marac = actor(['marac'], 'wkha');
const admin = actor(['admin']);
const EVERYONE = [field, chair, asb, marac, admin];

const tablesIn = (scope: string) => TABLE_NAMES.filter((t) => TABLES[t].scope === scope);
const CASE_TABLES = tablesIn('case');
const MARAC_TABLES = tablesIn('marac');

describe('reference data and the user directory', () => {
  it('everyone reads; only admin creates and changes', () => {
    for (const t of REFERENCE_TABLES) {
      for (const a of EVERYONE) expect(canRead(a, t)).toBe(true);
      expect(canCreate(admin, t)).toBe(true);
      expect(canChange(admin, t)).toBe(true);
      for (const a of [field, chair, asb, marac]) {
        expect(canCreate(a, t)).toBe(false);
        expect(canChange(a, t)).toBe(false);
      }
    }
  });
});

describe('calls and their children', () => {
  it('field, chair and ASB officer read and create; marac and admin do not', () => {
    for (const t of CASE_TABLES) {
      for (const a of [field, chair, asb]) {
        expect(canRead(a, t)).toBe(true);
        expect(canCreate(a, t)).toBe(true);
      }
      for (const a of [marac, admin]) {
        expect(canRead(a, t)).toBe(false);
        expect(canCreate(a, t)).toBe(false);
      }
    }
  });

  it('field cannot change call fields; chair and ASB officer can', () => {
    expect(canChange(field, 'calls')).toBe(false);
    expect(canChange(chair, 'calls')).toBe(true);
    expect(canChange(asb, 'calls')).toBe(true);
  });

  it('only the chair closes, reopens and discusses a call', () => {
    for (const cmd of ['call.close', 'call.reopen', 'call.discuss']) {
      expect(canRunCommand(chair, cmd)).toBe(true);
      expect(canRunCommand(asb, cmd)).toBe(false);
      expect(canRunCommand(field, cmd)).toBe(false);
    }
    expect(canRunCommand(asb, 'call.open')).toBe(true);
    expect(canRunCommand(field, 'call.open')).toBe(false);
  });

  it('an action is completed or cancelled by the chair or a user of its agency', () => {
    for (const cmd of ['action.complete', 'action.cancel']) {
      expect(canRunCommand(chair, cmd, { actionAgencyId: 'kcc-wardens' })).toBe(true);
      expect(canRunCommand(field, cmd, { actionAgencyId: 'kent-police' })).toBe(true);
      expect(canRunCommand(field, cmd, { actionAgencyId: 'kcc-wardens' })).toBe(false);
      expect(canRunCommand(asb, cmd, { actionAgencyId: 'sdc-asb' })).toBe(true);
      expect(canRunCommand(asb, cmd)).toBe(false);
    }
  });

  it('an admin with a case role reads cases; readsCases says so', () => {
    const adminChair = actor(['admin', 'chair']);
    expect(canRead(adminChair, 'calls')).toBe(true);
    expect(readsCases(adminChair)).toBe(true);
    expect(readsCases(admin)).toBe(false);
    expect(readsCases(marac)).toBe(false);
    expect(readsCases(field)).toBe(true);
  });

  it('unknown commands are refused', () => {
    expect(canRunCommand(chair, 'call.delete-everything')).toBe(false);
  });
});

describe('Task and Finish Groups', () => {
  it('case roles read; only the chair creates; the chair and the lead agency change', () => {
    for (const t of tablesIn('group')) {
      for (const a of [field, chair, asb]) expect(canRead(a, t)).toBe(true);
      expect(canRead(admin, t)).toBe(false);
      expect(canRead(marac, t)).toBe(false);
      expect(canCreate(chair, t)).toBe(true);
      expect(canCreate(field, t)).toBe(false);
      expect(canChange(chair, t)).toBe(true);
      expect(canChange(field, t, { groupLeadAgencyId: 'kent-police' })).toBe(true);
      expect(canChange(field, t, { groupLeadAgencyId: 'sdc-csu' })).toBe(false);
    }
  });
});

describe('enforcement and delivery', () => {
  it('enforcement records: ASB officer and chair read, only the ASB officer writes', () => {
    for (const t of tablesIn('enforcement')) {
      expect(canRead(asb, t)).toBe(true);
      expect(canRead(chair, t)).toBe(true);
      expect(canRead(field, t)).toBe(false);
      expect(canRead(admin, t)).toBe(false);
      expect(canCreate(asb, t)).toBe(true);
      expect(canCreate(chair, t)).toBe(false);
      expect(canChange(asb, t)).toBe(true);
      expect(canChange(chair, t)).toBe(false);
    }
  });

  it('a delivery task is read by ASB officer, chair and its assignee, and patched only by the ASB officer', () => {
    const mine = { assigneeUserId: field.userId };
    expect(canRead(field, 'deliveryTasks', mine)).toBe(true);
    expect(canRead(field, 'deliveryTasks', { assigneeUserId: 'someone-else' })).toBe(false);
    expect(canRead(field, 'deliveryTasks')).toBe(false);
    expect(canRead(chair, 'deliveryTasks')).toBe(true);
    // The assignee records delivery through `delivery.record`, never by patch (issue 7 item 2).
    expect(canChange(field, 'deliveryTasks', mine)).toBe(false);
    expect(canChange(asb, 'deliveryTasks', mine)).toBe(true);
    expect(canCreate(asb, 'deliveryTasks')).toBe(true);
    expect(canCreate(field, 'deliveryTasks')).toBe(false);
  });

  it('a task assigned to an agency is for its users with a case role, unless a named user is set', () => {
    expect(canRead(field, 'deliveryTasks', { assigneeAgencyId: 'kent-police' })).toBe(true);
    const adminOfAgency = { ...admin, agencyId: 'kent-police' };
    expect(canRead(adminOfAgency, 'deliveryTasks', { assigneeAgencyId: 'kent-police' })).toBe(
      false,
    );
    expect(
      canRead(field, 'deliveryTasks', { assigneeAgencyId: 'kent-police', assigneeUserId: 'other' }),
    ).toBe(false);
  });

  it('a task assigned to an agency is not for its members who work no cases', () => {
    const agencyTask = { assigneeAgencyId: 'kent-police' };
    const policeMarac = actor(['marac'], 'kent-police');
    const policeAdmin = actor(['admin'], 'kent-police');
    for (const a of [policeMarac, policeAdmin]) {
      expect(canRead(a, 'deliveryTasks', agencyTask)).toBe(false);
      expect(canRunCommand(a, 'delivery.record', agencyTask)).toBe(false);
    }
    expect(canRunCommand(field, 'delivery.record', agencyTask)).toBe(true);
    expect(canRunCommand(field, 'delivery.record', { assigneeUserId: field.userId })).toBe(true);
    expect(canRunCommand(asb, 'delivery.record', { assigneeUserId: field.userId })).toBe(false);
  });
});

describe('Community MARAC', () => {
  it('only marac members read any MARAC table', () => {
    for (const t of MARAC_TABLES) {
      expect(canRead(marac, t)).toBe(true);
      for (const a of [field, chair, asb, admin]) expect(canRead(a, t)).toBe(false);
    }
  });

  it('anyone may submit a referral (write-only), but only members create the rest', () => {
    for (const a of EVERYONE) expect(canCreate(a, 'maracReferrals')).toBe(true);
    for (const t of MARAC_TABLES.filter((x) => x !== 'maracReferrals')) {
      expect(canCreate(marac, t)).toBe(true);
      for (const a of [field, chair, asb, admin]) expect(canCreate(a, t)).toBe(false);
    }
    expect(ACCESS_MATRIX.marac.writeOnlyForNonReaders).toBe(true);
  });

  it('only marac members change MARAC records', () => {
    for (const t of MARAC_TABLES) {
      expect(canChange(marac, t)).toBe(true);
      for (const a of [field, chair, asb, admin]) expect(canChange(a, t)).toBe(false);
    }
  });
});

describe('view events', () => {
  it('anyone records one; nobody reads or changes them through sync', () => {
    for (const a of EVERYONE) {
      expect(canCreate(a, 'viewEvents')).toBe(true);
      expect(canRead(a, 'viewEvents')).toBe(false);
      expect(canChange(a, 'viewEvents')).toBe(false);
    }
  });
});

describe('a user with no roles', () => {
  it('reads only reference data', () => {
    const nobody = actor([]);
    const readable = TABLE_NAMES.filter((t: TableName) => canRead(nobody, t));
    expect(readable.sort()).toEqual([...REFERENCE_TABLES].sort());
  });
});
