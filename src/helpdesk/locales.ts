import type { PendingRequests } from '../state/ports.js';

/** One user's language as their Teams client last reported it ("fr", never a free-form tag). */
export interface StoredLocale {
  readonly locale: string;
}

export interface UserLocalesOptions {
  readonly now?: () => number;
  /** How long a remembered language is kept after the user's last message (default 90 days). */
  readonly keepMs?: number;
  /** Users whose last written language this instance remembers, to skip the store on every turn. */
  readonly max?: number;
}

const DAY_MS = 86_400_000;

/**
 * The language each user's Teams client speaks, learnt from their own messages to the bot and
 * kept in the shared store, so the card the helpdesk sends a target is in the target's language
 * (not the technician's), whichever instance sends it. Written only when it changes: this
 * instance remembers what it last wrote for at most `max` users, oldest forgotten first.
 */
export class UserLocales {
  private readonly written = new Map<string, string>();
  private readonly now: () => number;
  private readonly keepMs: number;
  private readonly max: number;

  constructor(
    private readonly store: PendingRequests<StoredLocale>,
    opts: UserLocalesOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.keepMs = opts.keepMs ?? 90 * DAY_MS;
    this.max = opts.max ?? 10_000;
  }

  /** Record `locale` for the user. May throw StateUnavailableError (the caller carries on). */
  async remember(userId: string, locale: string): Promise<void> {
    const key = userId.toLowerCase();
    if (this.written.get(key) === locale) return;
    const expiresAt = this.now() + this.keepMs;
    const current = await this.store.get(key);
    if (current === undefined) {
      if (!(await this.store.create(key, { locale }, expiresAt))) return; // another instance wrote it first
    } else if (current.value.locale !== locale) {
      // Last writer wins is fine here: a lost race only means the other instance's newer value.
      if (!(await this.store.update(key, { locale }, current.etag, expiresAt))) return;
    }
    this.written.delete(key);
    if (this.written.size >= this.max) this.written.delete(this.written.keys().next().value as string);
    this.written.set(key, locale);
  }

  /** The user's remembered language, or undefined (never seen, expired, or the store failed). */
  async of(userId: string): Promise<string | undefined> {
    try {
      const v = (await this.store.get(userId.toLowerCase()))?.value.locale;
      return typeof v === 'string' ? v : undefined;
    } catch {
      return undefined;
    }
  }
}
