import type { ConversationRefs, StoredConversationRef } from '../ports.js';
import { call } from './call.js';
import type { TableContext } from './context.js';
import { int64, numberOf, rowKeyOf } from './keys.js';

const PARTITION = 'ref';

/** Conversation references, last writer wins (a reference can always be learnt again). */
export class TableConversationRefs implements ConversationRefs {
  constructor(private readonly t: TableContext) {}

  async put(userId: string, ref: StoredConversationRef): Promise<void> {
    const entity = {
      partitionKey: PARTITION,
      rowKey: rowKeyOf(userId),
      conversationId: ref.conversationId,
      serviceUrl: ref.serviceUrl,
      tenantId: ref.tenantId,
      channelId: ref.channelId,
      botId: ref.botId,
      updatedAt: int64(ref.updatedAt),
    };
    await call('conversations.put', (abortSignal) => this.t.client.upsertEntity(entity, 'Replace', { abortSignal }), { timeoutMs: this.t.timeoutMs });
  }

  async get(userId: string): Promise<StoredConversationRef | undefined> {
    const r = await call('conversations.get', (abortSignal) => this.t.client.getEntity(PARTITION, rowKeyOf(userId), { abortSignal }), {
      timeoutMs: this.t.timeoutMs,
      expect: [404],
      retry: true,
    });
    if (!r.ok) return undefined;
    const e = r.value;
    const updatedAt = numberOf(e.updatedAt);
    const fields = [e.conversationId, e.serviceUrl, e.tenantId, e.channelId, e.botId];
    // A row someone edited by hand is no address to send to: treat it as unknown.
    if (updatedAt === undefined || !fields.every((f): f is string => typeof f === 'string')) return undefined;
    const [conversationId, serviceUrl, tenantId, channelId, botId] = fields as [string, string, string, string, string];
    return { conversationId, serviceUrl, tenantId, channelId, botId, updatedAt };
  }
}
