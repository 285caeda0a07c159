/** The classes of the intent classifier and the shape of its model file (intent-model.json). */

/** The corpus labels (bench/intent-metrics.ts), help / greeting / thanks merged as chat, without unsupported. */
export const CLASSES = ['card', 'ask', 'list', 'security', 'otherUser', 'negation', 'password', 'undo', 'question', 'chat', 'other'] as const;
export type IntentClass = (typeof CLASSES)[number];

export interface IntentModel {
  readonly format: 1;
  readonly classes: readonly string[];
  /** Feature names (features.ts), sorted. */
  readonly features: readonly string[];
  /** One bias per class. */
  readonly bias: readonly number[];
  /** Row-major: features.length rows of classes.length weights. */
  readonly weights: readonly number[];
}
