// Where a byte sequence breaks UTF-8. Hand-written because TextDecoder only says "invalid", never where;
// the rules are the WHATWG decoder's (no overlong forms, no surrogates, nothing above U+10FFFF).

export interface Utf8Scan {
  /** Byte offsets of the first invalid sequences, at most `limit` of them. */
  readonly offsets: number[];
  /** How many invalid sequences in all. */
  readonly invalid: number;
  /** How many valid multi-byte characters: a sign that the file is UTF-8 with a few bad bytes. */
  readonly multibyte: number;
}

/** The length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are invalid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

export function scanUtf8(bytes: Uint8Array, limit = 5): Utf8Scan {
  const offsets: number[] = [];
  let invalid = 0;
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      multibyte++;
      i += n;
      continue;
    }
    invalid++;
    if (offsets.length < limit) offsets.push(i);
    i++;
    // A run of continuation bytes after a bad lead is one problem, not many.
    while (i < bytes.length && bytes[i]! >= 0x80 && bytes[i]! <= 0xbf) i++;
  }
  return { offsets, invalid, multibyte };
}

/** Line and column (1-based, in bytes) of a byte offset, for messages. */
export function byteLineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
