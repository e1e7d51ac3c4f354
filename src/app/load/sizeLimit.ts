// How large a file the explorer opens: refused above MAX_BYTES, a warning above WARN_BYTES.
export const MAX_BYTES = 200 * 1024 * 1024;
export const WARN_BYTES = 50 * 1024 * 1024;

/** "12.3 MB", "850 kB", "512 bytes" (binary multiples, named as most people read them). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

/** The warning for a large file, or undefined. */
export function sizeWarning(name: string, bytes: number, warnBytes = WARN_BYTES): string | undefined {
  if (bytes <= warnBytes) return undefined;
  return `${name} is ${formatBytes(bytes)}: loading it may take a while and use much memory`;
}
