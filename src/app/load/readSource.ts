// Reads a URL or a Blob to bytes, reporting progress as chunks arrive and refusing files over a limit.
import type { WorkerMessage } from './messages.ts';
import { formatBytes } from './sizeLimit.ts';

export type OnBytes = (loaded: number, total: number | undefined) => void;

/** Reading progress as the worker's messages. */
export function readProgress(post: (message: WorkerMessage) => void): OnBytes {
  return (loaded, total) =>
    post(
      total === undefined
        ? { type: 'progress', phase: 'read', loaded }
        : { type: 'progress', phase: 'read', loaded, total },
    );
}

/** A readable failure (HTTP error, too large, network), shown to the user as it is. */
export class ReadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function tooLarge(name: string, size: number, maxBytes: number): ReadError {
  return new ReadError(
    'too-large',
    `${name} is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} that the explorer can open; use the command line (npm run cli) for files this large`,
  );
}

async function readStream(
  stream: ReadableStream<Uint8Array>,
  name: string,
  total: number | undefined,
  maxBytes: number,
  onBytes: OnBytes,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onBytes(0, total);
  // Progress in steps of a percent (or 256 KB without a total): each report is a task on the page.
  const step = total === undefined ? 256 * 1024 : Math.max(1, total / 100);
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > maxBytes) {
      await reader.cancel();
      throw tooLarge(name, loaded, maxBytes);
    }
    chunks.push(value);
    if (loaded - reported >= step) {
      reported = loaded;
      onBytes(loaded, total);
    }
  }
  if (reported !== loaded) onBytes(loaded, total);
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/** The bytes at a URL; the Content-Length, when sent, gives the total and an early size check. */
export async function readUrl(
  url: string,
  name: string,
  maxBytes: number,
  onBytes: OnBytes,
): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new ReadError('network', `${name} could not be downloaded from ${url}: ${String(error)}`);
  }
  if (!response.ok)
    throw new ReadError(
      'http',
      `${name} could not be downloaded from ${url}: HTTP ${response.status} ${response.statusText}`,
    );
  const header = response.headers.get('content-length');
  // A compressed response's Content-Length counts compressed bytes: then it is no total for progress.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const total = header !== null && !encoded && Number.isFinite(Number(header)) ? Number(header) : undefined;
  if (total !== undefined && total > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(name, total, maxBytes);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  return readStream(response.body, name, total, maxBytes, onBytes);
}

/** The bytes of a picked or dropped file. */
export async function readBlob(
  blob: Blob,
  name: string,
  maxBytes: number,
  onBytes: OnBytes,
): Promise<Uint8Array> {
  if (blob.size > maxBytes) throw tooLarge(name, blob.size, maxBytes);
  return readStream(blob.stream(), name, blob.size, maxBytes, onBytes);
}
