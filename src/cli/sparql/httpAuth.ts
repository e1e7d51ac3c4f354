// HTTP requests to a SPARQL server with the credentials it asks for: Basic, or Digest (RFC 7616, MD5 and
// qop=auth, which Virtuoso's /sparql-auth and /sparql-graph-crud-auth use). fetch() has no Digest, so it
// is done here; the credentials come from the environment and are never printed.
import { createHash, randomBytes } from 'node:crypto';

export interface Credentials {
  readonly user: string;
  readonly password: string;
}

/** SG_SPARQL_USER and SG_SPARQL_PASSWORD, when both are set. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const user = env.SG_SPARQL_USER;
  const password = env.SG_SPARQL_PASSWORD;
  return user !== undefined && password !== undefined ? { user, password } : undefined;
}

interface Challenge {
  readonly scheme: 'basic' | 'digest';
  readonly params: Record<string, string>;
}

function parseChallenge(header: string | null): Challenge | undefined {
  if (header === null) return undefined;
  const scheme = /^\s*(\w+)/.exec(header)?.[1]?.toLowerCase();
  if (scheme !== 'basic' && scheme !== 'digest') return undefined;
  const params: Record<string, string> = {};
  for (const m of header.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]+))/g))
    params[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? '';
  return { scheme, params };
}

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

/** A client for one server: it remembers the Digest challenge so that later requests authenticate at once. */
export class AuthClient {
  private challenge: Challenge | undefined;
  private nc = 0;
  constructor(private readonly credentials: Credentials | undefined) {}

  private authorization(method: string, url: URL): string | undefined {
    const c = this.challenge;
    const cred = this.credentials;
    if (c === undefined || cred === undefined) return undefined;
    if (c.scheme === 'basic')
      return `Basic ${Buffer.from(`${cred.user}:${cred.password}`).toString('base64')}`;
    const { realm = '', nonce = '', opaque, qop } = c.params;
    const uri = url.pathname + url.search;
    const ha1 = md5(`${cred.user}:${realm}:${cred.password}`);
    const ha2 = md5(`${method}:${uri}`);
    const parts = [
      `username="${cred.user}"`,
      `realm="${realm}"`,
      `nonce="${nonce}"`,
      `uri="${uri}"`,
      'algorithm=MD5',
    ];
    if (
      qop
        ?.split(',')
        .map((q) => q.trim())
        .includes('auth')
    ) {
      const nc = (++this.nc).toString(16).padStart(8, '0');
      const cnonce = randomBytes(8).toString('hex');
      parts.push(
        `qop=auth`,
        `nc=${nc}`,
        `cnonce="${cnonce}"`,
        `response="${md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`)}"`,
      );
    } else parts.push(`response="${md5(`${ha1}:${nonce}:${ha2}`)}"`);
    if (opaque !== undefined) parts.push(`opaque="${opaque}"`);
    return `Digest ${parts.join(', ')}`;
  }

  /**
   * Asks with a bodiless HEAD which credentials the server wants. A server may answer 401 before it has
   * read a large body and close the connection while the body is still being sent (Virtuoso does, and
   * the client then sees only a reset connection), so a large request learns the challenge first.
   */
  private async learnChallenge(target: URL, signal: AbortSignal | undefined): Promise<void> {
    const probe = await fetch(target, { method: 'HEAD', ...(signal ? { signal } : {}) });
    await probe.arrayBuffer();
    const challenge =
      probe.status === 401 ? parseChallenge(probe.headers.get('www-authenticate')) : undefined;
    if (challenge !== undefined) {
      this.challenge = challenge;
      this.nc = 0;
    }
  }

  /** Sends the request; on 401 with a challenge it can answer, sends it once more with credentials. */
  async request(
    url: string,
    init: { method: string; headers: Record<string, string>; body?: string },
    signal?: AbortSignal,
  ): Promise<Response> {
    const target = new URL(url);
    const send = (): Promise<Response> => {
      const auth = this.authorization(init.method, target);
      const headers = auth === undefined ? init.headers : { ...init.headers, Authorization: auth };
      return fetch(target, {
        method: init.method,
        headers,
        body: init.body ?? null,
        ...(signal ? { signal } : {}),
      });
    };
    if (this.challenge === undefined && this.credentials !== undefined && (init.body?.length ?? 0) > 65_536)
      await this.learnChallenge(target, signal);
    let response = await send();
    if (response.status === 401 && this.credentials !== undefined) {
      const challenge = parseChallenge(response.headers.get('www-authenticate'));
      await response.arrayBuffer();
      if (challenge !== undefined) {
        this.challenge = challenge;
        this.nc = 0;
        response = await send();
      }
    }
    return response;
  }
}
