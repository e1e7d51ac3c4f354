// A typed value from an attribute declared as integer, double, boolean... (GEXF and GraphML types).
import type { ForeignValue } from './types.ts';

const NUMERIC = new Set(['integer', 'int', 'long', 'float', 'double', 'short', 'byte']);

export function typedValue(raw: string, type: string | undefined): ForeignValue {
  const t = (type ?? 'string').toLowerCase();
  if (NUMERIC.has(t)) {
    const n = Number(raw);
    return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
  }
  if (t === 'boolean') {
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
  }
  return raw;
}
