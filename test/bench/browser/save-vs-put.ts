/**
 * The save figures' shape (C3, V1): the app's save against a bare put of the
 * same stored record, interleaved so that both see the same warm-up and
 * noise, with the first `warmup` rounds of each thrown away. The put's
 * record is made before its clock starts, so only the put is timed.
 */
export async function saveVsPutTimes<R>(
  count: number,
  warmup: number,
  ours: {
    save: (i: number) => Promise<unknown>;
    record: () => R;
    put: (record: R) => Promise<unknown>;
  },
): Promise<{ saves: number[]; puts: number[] }> {
  let i = 1;
  const saves: number[] = [];
  const puts: number[] = [];
  const save = async (keep: boolean) => {
    const t = performance.now();
    await ours.save(i++);
    if (keep) saves.push(performance.now() - t);
  };
  const put = async (keep: boolean) => {
    const record = ours.record();
    const t = performance.now();
    await ours.put(record);
    if (keep) puts.push(performance.now() - t);
  };
  for (let n = 0; n < warmup + count; n++) {
    const keep = n >= warmup;
    if (n % 2 === 0) await save(keep).then(() => put(keep));
    else await put(keep).then(() => save(keep));
  }
  return { saves, puts };
}
