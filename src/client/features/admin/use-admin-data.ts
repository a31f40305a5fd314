import { useCallback, useEffect, useState } from 'react';
import type { AdminDevice, AdminUser } from '../../../domain/sync-protocol';
import { adminErrorMessage, listDevices, listUsers } from '../../sync/admin-client';

export interface AdminData {
  users: AdminUser[] | undefined;
  devices: AdminDevice[] | undefined;
  /** Plain English when loading failed (offline, signed out). */
  error: string | null;
  reload: () => void;
}

/** Users and devices, fetched online each time the screen opens (never stored on the device). */
export function useAdminData(): AdminData {
  const [users, setUsers] = useState<AdminUser[]>();
  const [devices, setDevices] = useState<AdminDevice[]>();
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([listUsers(), listDevices()])
      .then(([u, d]) => {
        if (!live) return;
        setUsers(u);
        setDevices(d);
        setError(null);
      })
      .catch((err: unknown) => {
        if (live) setError(adminErrorMessage(err));
      });
    return () => {
      live = false;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { users, devices, error, reload };
}
