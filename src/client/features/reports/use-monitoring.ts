import { useEffect, useState } from 'react';
import { canRead } from '../../../domain/access';
import type { Period, PublishedKpis } from '../../../domain/rules/marac-kpis';
import { monitoringInputFrom } from '../../../domain/rules/monitoring-facts';
import {
  publishMonitoring,
  type PublishedMonitoringReport,
} from '../../../domain/rules/monitoring-publication';
import { monitoringReport } from '../../../domain/rules/monitoring-report';
import type { Actor } from '../../../domain/roles';
import { useActor } from '../../app/use-actor';
import { useOnline } from '../../app/use-online';
import { useReferenceData } from '../../forms/use-reference-data';
import { useDb } from '../../local-store/db-context';
import { monitoringRecords } from '../../local-store/report-queries';
import { useLiveData } from '../../local-store/use-live-data';
import { fetchMaracCounts } from '../../sync/report-client';

const toMap = (o: Record<string, string>) => new Map(Object.entries(o));

export type MaracSource =
  | { kind: 'device' }
  | { kind: 'server'; kpis: PublishedKpis }
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: string };

/**
 * The report from the records on this device, by the one domain function
 * the server uses. Anyone outside the MARAC role has no referrals on the
 * device, so their MARAC figures are the server's counts, fetched online.
 */
export function useMonitoring(period: Period | null, publication: boolean) {
  const db = useDb();
  const actor = useActor();
  const ref = useReferenceData();
  const records = useLiveData(
    async () => (actor ? monitoringRecords(db, actor) : null),
    [db, actor],
  );
  const marac = useMaracCounts(actor, period, publication);
  if (!records || !ref || !period) return { report: undefined, marac };
  const input = monitoringInputFrom({
    ...records,
    names: {
      wards: toMap(ref.wardNames),
      categories: toMap(ref.categoryNames),
      agencies: toMap(ref.agencyNames),
    },
  });
  const report: PublishedMonitoringReport = publishMonitoring(
    monitoringReport(input, period, new Date()),
    publication,
  );
  if (marac.kind === 'server') report.marac = marac.kpis;
  return { report, marac };
}

function useMaracCounts(actor: Actor | null, period: Period | null, publication: boolean) {
  const online = useOnline();
  const member = actor !== null && canRead(actor, 'maracReferrals');
  const [state, setState] = useState<{ key: string; source: MaracSource } | null>(null);
  const key = period ? `${period.from}|${period.to}|${publication}` : '';
  useEffect(() => {
    if (member || !period || !online) return;
    let live = true;
    fetchMaracCounts(period, publication).then(
      (kpis) => live && setState({ key, source: { kind: 'server', kpis } }),
      () =>
        live &&
        setState({
          key,
          source: { kind: 'unavailable', reason: 'The server did not answer. Try again later.' },
        }),
    );
    return () => {
      live = false;
    };
    // The key stands for the period and the publication choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [member, key, online]);
  if (member) return { kind: 'device' } as const;
  if (!online)
    return {
      kind: 'unavailable',
      reason: 'MARAC figures come from the server. Connect to the internet to see them.',
    } as const;
  return state?.key === key ? state.source : ({ kind: 'loading' } as const);
}
