/**
 * The shared-state ports. Each has a memory implementation (one instance only) and an Azure
 * Table Storage implementation (any number of instances). Only `state/` knows the store; the
 * rest of the bot sees these interfaces.
 *
 * Every call may throw `StateUnavailableError` (store unreachable, slow, or refusing): callers
 * treat that as "nothing happened" and never act as if a claim had succeeded.
 */

/** The store could not answer (network, timeout, throttling, auth). Never a logical "no". */
export class StateUnavailableError extends Error {
  override readonly name = 'StateUnavailableError';
  constructor(
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(`state store unavailable during ${operation}`, options);
  }
}

/** Single-use confirmation nonces, across every instance sharing the store. */
export interface NonceStore {
  /**
   * Atomically claim `nonce`. True for exactly one caller across all instances; false for every
   * later (or concurrent) one. The caller has already checked that the token is unexpired;
   * `expiresAt` (epoch ms) only bounds how long the record must be kept.
   */
  claim(nonce: string, expiresAt: number): Promise<boolean>;
}

/** A value with the version it was read at, for compare-and-set. */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

/**
 * Two-party requests (a helpdesk request waiting for its target or an approver; the newest
 * self-service card per user). Keyed by a caller-chosen id. `T` is JSON-serialisable.
 */
export interface PendingRequests<T> {
  /** Create; false if the id already exists (nothing written). */
  create(id: string, value: T, expiresAt: number): Promise<boolean>;
  /** Undefined when absent or expired. */
  get(id: string): Promise<Versioned<T> | undefined>;
  /** Compare-and-set: false (nothing written) when the stored etag is not `etag` any more. */
  update(id: string, value: T, etag: string, expiresAt?: number): Promise<boolean>;
  /** Remove (idempotent). With `etag`, only if unchanged; returns whether it was removed. */
  delete(id: string, etag?: string): Promise<boolean>;
}

/** Where to send proactive messages: a conversation reference per user (Entra object id). */
export interface ConversationRefs {
  put(userId: string, ref: StoredConversationRef): Promise<void>;
  get(userId: string): Promise<StoredConversationRef | undefined>;
}

export interface StoredConversationRef {
  readonly conversationId: string;
  readonly serviceUrl: string;
  readonly tenantId: string;
  readonly channelId: string;
  readonly botId: string;
  readonly updatedAt: number;
}

/**
 * A durable outbox (ticket notes, alerts): work that must survive a restart and be retried until
 * it lands or a bounded time passes. At-least-once: a leased item whose worker died becomes due
 * again when its lease ends.
 */
export interface OutboxStore<T> {
  /** Add an item due now (or at `dueAt`). Idempotent on `id`: a second add is ignored. */
  add(id: string, payload: T, opts?: { dueAt?: number; giveUpAt?: number }): Promise<void>;
  /**
   * Lease up to `max` items due at or before `now`, each for `leaseMs` (no other worker gets
   * them until then). Leasing uses compare-and-set, so two instances never lease the same item.
   */
  lease(now: number, leaseMs: number, max: number): Promise<OutboxItem<T>[]>;
  /** Done (delivered, or given up for good): removed. */
  complete(item: OutboxItem<T>): Promise<void>;
  /** Try again at `dueAt`; `attempts` grows by one; `lastError` is a short operator text. */
  retry(item: OutboxItem<T>, dueAt: number, lastError: string): Promise<void>;
  /** The item's current state, for the card ("pending", "delivered" = absent). */
  get(id: string): Promise<OutboxItem<T> | undefined>;
}

export interface OutboxItem<T> {
  readonly id: string;
  readonly payload: T;
  readonly attempts: number;
  readonly dueAt: number;
  readonly giveUpAt: number;
  readonly lastError?: string | undefined;
  /** Opaque version of the leased row. */
  readonly etag: string;
}

/** Everything the bot keeps between turns, chosen once at start-up from configuration. */
export interface StatePorts {
  readonly kind: 'memory' | 'table';
  readonly nonces: NonceStore;
  readonly pending: <T>(name: string) => PendingRequests<T>;
  readonly conversations: ConversationRefs;
  readonly outbox: <T>(name: string) => OutboxStore<T>;
  close(): Promise<void>;
}
