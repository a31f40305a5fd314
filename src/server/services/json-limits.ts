/**
 * Measuring a parsed JSON value without recursion. JSON.parse builds
 * deeply nested values without trouble, but anything recursive that walks
 * them afterwards (JSON.stringify, a schema) can overflow the stack: one
 * mutation nested 8,000 levels deep used to answer 500 and roll back its
 * whole batch. This walk uses its own stack and stops at the first limit.
 */
export type JsonLimitBreach = 'too_deep' | 'too_large';

/** Roughly the UTF-8 size JSON.stringify would give (escapes aside), up to `maxBytes`. */
export function jsonLimitBreach(
  value: unknown,
  limits: { maxDepth: number; maxBytes: number },
): JsonLimitBreach | null {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  let bytes = 0;
  while (stack.length > 0) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    if (typeof v === 'string') bytes += Buffer.byteLength(v, 'utf8') + 2;
    else if (typeof v === 'number' || typeof v === 'boolean') bytes += String(v).length;
    else if (v === null || v === undefined) bytes += 4;
    else if (typeof v === 'object') {
      if (depth + 1 > limits.maxDepth) return 'too_deep';
      const entries = Array.isArray(v) ? v : Object.entries(v);
      bytes += 2 + entries.length;
      for (const entry of entries) {
        if (Array.isArray(v)) stack.push({ v: entry, depth: depth + 1 });
        else {
          const [key, inner] = entry as [string, unknown];
          bytes += Buffer.byteLength(key, 'utf8') + 3;
          stack.push({ v: inner, depth: depth + 1 });
        }
      }
    }
    if (bytes > limits.maxBytes) return 'too_large';
  }
  return null;
}
