export interface AdaptiveCard {
  type: string;
  version: string;
  body: Record<string, unknown>[];
  actions?: { type: string; title: string; data: Record<string, unknown> }[];
}

/** All visible text of a card (TextBlocks and facts), for assertions. */
export function cardText(card: AdaptiveCard): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text);
    if (n.type === 'FactSet' && Array.isArray(n.facts)) {
      for (const f of n.facts as { title: string; value: string }[]) out.push(`${f.title}: ${f.value}`);
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'facts') walk(v);
  };
  walk(card.body);
  return out.join('\n');
}
