import { KINDS, type MethodKind } from '../reset/catalogue.js';
import { matchesScope, type ResetScope } from '../reset/scope.js';
import type { AuthMethod } from '../reset/types.js';

/**
 * What a technician may choose to remove: the five types of the Rewst "Reset Microsoft MFA"
 * crate, each other method type the target actually has, or everything, mapped onto the reset
 * service's ResetScope. Card data carries the choice as a short string and is parsed back here.
 */
const REWST_TYPES = ['app', 'mobile', 'office', 'alternateMobile', 'email'] as const;
type RewstType = (typeof REWST_TYPES)[number];

export type MethodChoice =
  { readonly kind: 'rewst'; readonly type: RewstType } | { readonly kind: 'type'; readonly methodKind: MethodKind } | { readonly kind: 'all' };

/** Kinds the five Rewst types cover; "every other type" is everything else removable. */
const COVERED: ReadonlySet<MethodKind> = new Set(['microsoftAuthenticator', 'passwordlessMicrosoftAuthenticator', 'phone', 'email']);

export function scopeOfChoice(choice: MethodChoice): ResetScope {
  switch (choice.kind) {
    case 'all':
      return { kind: 'all' };
    case 'type':
      return { kind: 'other', methodKinds: [choice.methodKind] };
    case 'rewst':
      switch (choice.type) {
        // Rewst's "App" is the Authenticator app. Software OATH tokens are a type of their own
        // (whether Rewst's App also removes them is not documented), offered as "other".
        case 'app':
          return { kind: 'authenticator' };
        case 'mobile':
        case 'office':
        case 'alternateMobile':
          return { kind: 'phone', phoneType: choice.type };
        case 'email':
          return { kind: 'email' };
      }
  }
}

function choiceValue(choice: MethodChoice): string {
  return choice.kind === 'all' ? 'all' : choice.kind === 'rewst' ? choice.type : `type:${choice.methodKind}`;
}

/** Card data back to a choice; anything else (edited data, an unknown or unremovable kind) is undefined. */
export function parseChoice(value: unknown): MethodChoice | undefined {
  if (typeof value !== 'string' || value.length > 60) return undefined;
  if (value === 'all') return { kind: 'all' };
  if ((REWST_TYPES as readonly string[]).includes(value)) return { kind: 'rewst', type: value as RewstType };
  const m = /^type:([A-Za-z0-9]+)$/.exec(value);
  if (!m || !Object.hasOwn(KINDS, m[1]!)) return undefined;
  const kind = m[1] as MethodKind;
  return KINDS[kind].removable && !COVERED.has(kind) ? { kind: 'type', methodKind: kind } : undefined;
}

export interface ChoiceOption {
  readonly value: string;
  readonly choice: MethodChoice;
  /** How many of the target's methods it would remove. */
  readonly count: number;
}

/**
 * The options worth showing for this target: only types they have (a choice that removes
 * nothing is noise), in the crate's order, then the other types, then everything.
 */
export function choicesFor(methods: readonly AuthMethod[], canDelete: (m: AuthMethod) => boolean): ChoiceOption[] {
  const removable = methods.filter((m) => KINDS[m.kind].removable && canDelete(m));
  const options: ChoiceOption[] = [];
  const add = (choice: MethodChoice) => {
    const scope = scopeOfChoice(choice);
    const count = removable.filter((m) => matchesScope(m, scope)).length;
    if (count > 0) options.push({ value: choiceValue(choice), choice, count });
  };
  for (const type of REWST_TYPES) add({ kind: 'rewst', type });
  const others = [...new Set(removable.map((m) => m.kind).filter((k) => !COVERED.has(k)))];
  for (const methodKind of others) add({ kind: 'type', methodKind });
  if (removable.length > 0) options.push({ value: 'all', choice: { kind: 'all' }, count: removable.length });
  return options;
}

/** The methods a choice selects (the reset card pins exactly these ids). */
export function methodsForChoice(methods: readonly AuthMethod[], choice: MethodChoice, canDelete: (m: AuthMethod) => boolean): AuthMethod[] {
  const scope = scopeOfChoice(choice);
  return methods.filter((m) => KINDS[m.kind].removable && canDelete(m) && matchesScope(m, scope));
}
