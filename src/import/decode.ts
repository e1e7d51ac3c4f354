// Bytes to text: UTF-8 (with or without BOM), UTF-16 by BOM or by its zero bytes, else Windows-1252 with a note.
import type { Issue } from '../graph/index.ts';
import { byteLineColumn, scanUtf8, type Utf8Scan } from './utf8Errors.ts';

// The core has no DOM or Node types; TextDecoder exists in both (and in workers).
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input: Uint8Array): string;
}

export interface Decoded {
  readonly text: string;
  readonly issues: Issue[];
}

const note = (name: string, message: string): Issue => ({
  severity: 'warning',
  code: 'encoding',
  path: [],
  message: `${name}: ${message}`,
});

/** Share of zero bytes at even or odd positions, a sign of UTF-16 without a BOM. */
function zeroShare(bytes: Uint8Array, parity: 0 | 1): number {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = parity; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return zeros / Math.max(1, n / 2);
}

export function decodeBytes(bytes: Uint8Array, name: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), issues: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      issues: [note(name, 'decoded as UTF-16 (little-endian, by its byte-order mark)')],
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      issues: [note(name, 'decoded as UTF-16 (big-endian, by its byte-order mark)')],
    };
  }
  if (bytes.length >= 4 && zeroShare(bytes, 1) > 0.4 && zeroShare(bytes, 0) < 0.1) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes),
      issues: [note(name, 'looks like UTF-16 (little-endian) without a byte-order mark; decoded as such')],
    };
  }
  if (bytes.length >= 4 && zeroShare(bytes, 0) > 0.4 && zeroShare(bytes, 1) < 0.1) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes),
      issues: [note(name, 'looks like UTF-16 (big-endian) without a byte-order mark; decoded as such')],
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), issues: [] };
  } catch {
    return decodeInvalidUtf8(bytes, name);
  }
}

/** Where the bad bytes are, for the message: the first few offsets (with line and column) and the count. */
function badBytesText(bytes: Uint8Array, scan: Utf8Scan): string {
  const places = scan.offsets.map((offset) => {
    const { line, column } = byteLineColumn(bytes, offset);
    // The bad lead byte and the continuation bytes after it (the run scanUtf8 counts as one).
    let end = offset + 1;
    while (end < bytes.length && end < offset + 4 && bytes[end]! >= 0x80 && bytes[end]! <= 0xbf) end++;
    const shown = Array.from(bytes.subarray(offset, end), (b) => b.toString(16).padStart(2, '0'));
    return `byte ${offset} (${shown.map((h) => `\\x${h}`).join('')}, line ${line}, column ${column})`;
  });
  const more = scan.invalid - scan.offsets.length;
  return `${places.join(', ')}${more > 0 ? ` and ${more} more place${more === 1 ? '' : 's'}` : ''}`;
}

/**
 * Bytes that are not valid UTF-8. A file with valid multi-byte characters as well is UTF-8 with a
 * few bad bytes: those become U+FFFD and the rest stays right. A file with none is most likely
 * Windows-1252 (Latin-1), where every byte is a character. Either way the warning names the bytes.
 */
function decodeInvalidUtf8(bytes: Uint8Array, name: string): Decoded {
  const scan = scanUtf8(bytes);
  const where = badBytesText(bytes, scan);
  if (scan.multibyte > 0) {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      issues: [
        note(
          name,
          `is not valid UTF-8 at ${where}; each bad sequence became U+FFFD (\uFFFD). Fix those bytes or save the file as UTF-8`,
        ),
      ],
    };
  }
  return {
    text: new TextDecoder('windows-1252').decode(bytes),
    issues: [
      note(
        name,
        `is not valid UTF-8 at ${where}; decoded as Windows-1252 (Latin-1). Check accented letters, or save the file as UTF-8`,
      ),
    ],
  };
}

/** Text given as a string: drops a BOM, and warns when replacement characters show a decoding went wrong. */
export function cleanText(text: string, name: string): Decoded {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const issues = body.includes('\uFFFD')
    ? [note(name, 'contains U+FFFD replacement characters: it was probably decoded with the wrong encoding')]
    : [];
  return { text: body, issues };
}
