import { asRecord, call, malformed, str } from './http.js';
import { TicketError, type AdapterDeps, type TicketSystem } from './types.js';

/**
 * An OAuth client-credentials token (ServiceNow, Halo), cached until shortly before it expires.
 * One fetch at a time: concurrent deliveries share the same request.
 */
export class ClientCredentialsToken {
  private cached: { value: string; expiresAt: number } | undefined;
  private inflight: Promise<string> | undefined;

  constructor(
    private readonly system: TicketSystem,
    private readonly deps: AdapterDeps,
    private readonly tokenUrl: () => Promise<string>,
    private readonly form: () => Record<string, string>,
  ) {}

  async get(): Promise<string> {
    const c = this.cached;
    if (c && c.expiresAt > this.deps.now()) return c.value;
    this.inflight ??= this.fetchToken().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  /** After a 401 on a resource call: the token was revoked early. */
  forget(): void {
    this.cached = undefined;
  }

  /**
   * Run `fn` with a token. A 401 with a cached token (revoked or expired early) gets one more
   * try with a fresh one; a 401 with a fresh token is the credentials' fault and is thrown.
   */
  async use<T>(fn: (token: string) => Promise<T>): Promise<T> {
    const wasCached = this.cached !== undefined && this.cached.expiresAt > this.deps.now();
    try {
      return await fn(await this.get());
    } catch (err) {
      if (!(err instanceof TicketError) || err.kind !== 'auth') throw err;
      this.forget();
      if (!wasCached) throw err;
      return fn(await this.get());
    }
  }

  private async fetchToken(): Promise<string> {
    const r = await call(this.system, this.deps, {
      method: 'POST',
      url: await this.tokenUrl(),
      body: new URLSearchParams(this.form()),
      what: 'token',
    });
    const b = asRecord(r.body);
    const token = str(b?.access_token);
    if (!token) throw malformed(this.system, 'token');
    const expiresIn = Number(b?.expires_in ?? 3600);
    const lifeMs = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn * 1000 : 3600_000;
    // Renew a minute early so a request never leaves with a token that expires in flight.
    this.cached = { value: token, expiresAt: this.deps.now() + Math.max(0, lifeMs - 60_000) };
    return token;
  }
}
