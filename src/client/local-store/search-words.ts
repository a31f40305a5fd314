/** The one normaliser of searchable text on the device: people, locations and the calls index. */

/** Lower-case words for prefix search ("Caxton Cl" finds "12 Caxton Close, Hartley"). */
export function searchWords(...texts: readonly unknown[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  }
  return [...words];
}
