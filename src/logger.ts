import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

const REDACTED = '[redacted]';

/**
 * A key names a secret when, lower-cased and without `-`/`_`, it ends with one of these:
 * `MicrosoftAppPassword`, `clientSecret`, `client_secret`, `accessToken`, `authorization`,
 * `x-api-key`, `CONNECTWISE_PRIVATE_KEY`, `set-cookie`, `temporaryAccessPass`, ...
 * ("ends with", so `tokenEndpoint` or `ToBotFromChannelTokenIssuer` stay readable).
 */
const SECRET_KEY_ENDINGS = [
  'password',
  'passphrase',
  'secret',
  'token',
  'authorization',
  'privatekey',
  'signingkey',
  'apikey',
  'accountkey',
  'sharedaccesskey',
  'sharedaccesssignature',
  'connectionstring',
  'cookie',
  'accesspass',
];

function isSecretKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[-_]/g, '');
  return SECRET_KEY_ENDINGS.some((e) => k.endsWith(e));
}

/** Secrets recognised by their shape, wherever they appear in a string (a message, an error text, a URL). */
const SECRET_PATTERNS: readonly [RegExp, string][] = [
  // A bearer or basic credential in a header value or an error text.
  [/\b(Bearer|Basic)\s+[\w.~+/-]+=*/gi, `$1 ${REDACTED}`],
  // A JWT (the confirmation card's token has two parts: payload.signature).
  [/\beyJ[\w-]{4,}\.[\w-]{4,}(?:\.[\w-]*)?/g, REDACTED],
  // key=value secrets in connection strings, query strings and form bodies.
  [
    /\b(AccountKey|SharedAccessKey|SharedAccessSignature|client_secret|client_assertion|password|access_token|refresh_token|sig)=[^;&\s"']+/gi,
    `$1=${REDACTED}`,
  ],
  // Credentials in a URL's user info.
  [/(\/\/[^/\s:@"']+:)[^/\s@"']+@/g, `$1${REDACTED}@`],
];

/** The shortest run of a known secret's leading characters that counts as a leak of it. */
export const MIN_SECRET_PREFIX = 8;

/** Nesting deeper than this is cut (and cycles are), so a log call never recurses without bound. */
const MAX_DEPTH = 12;

/**
 * The secret values in a configuration object: every string (or Buffer) under a secret key, at any
 * depth. A PEM key yields its base64 lines (its BEGIN line is no secret); a connection string the
 * values of its key parts; a Buffer its text, hex and base64 forms.
 */
export function secretValues(config: unknown): string[] {
  const found = new Set<string>();
  const seen = new WeakSet<object>();
  const add = (value: string) => {
    const v = value.trim();
    if (v.includes('-----BEGIN')) {
      for (const line of v.split(/\r?\n/)) if (!line.startsWith('-----') && line.trim().length >= MIN_SECRET_PREFIX) found.add(line.trim());
    } else if (/^[\w.-]+=[^;]*(;[\w.-]+=[^;]*)+;?$/.test(v)) {
      for (const part of v.split(';')) {
        const eq = part.indexOf('=');
        if (
          isSecretKey(part.slice(0, eq)) &&
          part.length - eq - 1 >= MIN_SECRET_PREFIX &&
          // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the regex above gives every part a non-empty key before its `=`
          eq > 0
        )
          found.add(part.slice(eq + 1));
      }
    } else if (v.length >= MIN_SECRET_PREFIX) {
      found.add(v);
    }
  };
  const walk = (value: unknown, secret: boolean, depth: number): void => {
    if (typeof value === 'string') {
      // A connection string is one wherever it is kept.
      if (secret || /(^|;)\s*(AccountKey|SharedAccessSignature|SharedAccessKey)=/i.test(value)) add(value);
      return;
    }
    // A wrapper that hides its value from JSON and inspect (src/state/config.ts Secret).
    const reveal = (value as { reveal?: unknown } | null | undefined)?.reveal;
    if (typeof reveal === 'function') {
      const revealed: unknown = reveal.call(value);
      if (typeof revealed === 'string') add(revealed);
      return;
    }
    if (Buffer.isBuffer(value)) {
      if (
        secret &&
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, an empty Buffer's forms are '' and add() keeps nothing under 8 characters
        value.length > 0
      ) {
        add(value.toString('utf8'));
        add(value.toString('hex'));
        add(value.toString('base64'));
      }
      return;
    }
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH || seen.has(value)) return;
    seen.add(value);
    for (const [k, v] of Object.entries(value)) walk(v, secret || isSecretKey(k), depth + 1);
  };
  walk(config, false, 0);
  return [...found];
}

/** `s` with every known secret, and every run of at least MIN_SECRET_PREFIX of its leading characters, cut out. */
function scrub(s: string, secrets: readonly string[]): string {
  let out = s;
  for (const secret of secrets) {
    const head = secret.slice(0, MIN_SECRET_PREFIX);
    let i = out.indexOf(head);
    while (i !== -1) {
      let n = head.length;
      while (
        // Stryker disable next-line EqualityOperator: equivalent, at n = length secret[n] is undefined, equal to out[i + n] only past the end, where one more slice is empty too
        n < secret.length &&
        out[i + n] === secret[n]
      )
        n++;
      out = out.slice(0, i) + REDACTED + out.slice(i + n);
      i = out.indexOf(head, i + REDACTED.length);
    }
  }
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * A copy of `value` safe to log: values under a secret key replaced at any depth (objects, arrays,
 * Maps, an Error's own fields and cause), known secrets and secret-shaped strings cut out of every
 * string. Errors become plain objects in pino's own shape (type, message, stack, their fields).
 */
function sanitize(value: unknown, secrets: readonly string[], depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrub(value, secrets);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[circular]';
  if (depth > MAX_DEPTH) return '[too deep]';
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  // Stryker disable next-line ConditionalExpression: equivalent, without it a Date goes through its toJSON, the same ISO string
  if (value instanceof Date) return value;
  // `seen` holds the path from the root: a value met again on it is a cycle, a shared sibling is not.
  seen.add(value);
  try {
    return sanitizeObject(value, secrets, depth, seen);
  } finally {
    seen.delete(value);
  }
}

function sanitizeObject(value: object, secrets: readonly string[], depth: number, seen: WeakSet<object>): unknown {
  const next = (v: unknown) => sanitize(v, secrets, depth + 1, seen);
  const entries = (pairs: Iterable<[string, unknown]>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of pairs) out[k] = isSecretKey(k) && v !== undefined && v !== null && v !== '' ? REDACTED : next(v);
    return out;
  };
  if (Array.isArray(value)) return value.map(next);
  if (value instanceof Error) {
    const err = value as Error & { errors?: unknown };
    return {
      type: err.constructor?.name ?? err.name,
      message: scrub(err.message, secrets),
      stack: err.stack === undefined ? undefined : scrub(err.stack, secrets),
      ...entries(Object.entries(err)),
      // An absent cause is undefined here, which JSON leaves out.
      cause: next(err.cause),
      ...(Array.isArray(err.errors) ? { errors: next(err.errors) } : {}),
    };
  }
  if (value instanceof Map) return entries([...value.entries()].map(([k, v]) => [String(k), v]));
  if (value instanceof Set) return [...value].map(next);
  // Stryker disable next-line ConditionalExpression: equivalent, without it a URL goes through its toJSON, the same href, scrubbed
  if (value instanceof URL) return scrub(value.href, secrets);
  // What JSON.stringify would print (a Secret wrapper says "[redacted]"), sanitised in turn.
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return next(toJSON.call(value));
  return entries(Object.entries(value));
}

export interface LoggerOptions {
  /** Secret values (see secretValues) cut out of every string logged, and their prefixes. */
  readonly secrets?: readonly string[];
  /** Fields added to every record (the active trace's ids, when telemetry is on). */
  readonly mixin?: () => object;
}

/**
 * The JSON logger. Everything logged, the object, the message, interpolated arguments and child
 * bindings, passes through `sanitize` first: a secret never reaches the output, even when someone
 * logs a whole config, request or error object by mistake, at any depth.
 */
export function createLogger(level: string, destination?: DestinationStream, opts: LoggerOptions = {}): Logger {
  // Stryker disable next-line ArrayDeclaration: equivalent, a filler value in the default would only cut that same filler text
  const secrets = [...new Set(opts.secrets ?? [])].filter((s) => s.length >= MIN_SECRET_PREFIX);
  const root = pino(
    {
      level,
      ...(opts.mixin ? { mixin: opts.mixin } : {}),
      base: { service: 'mfa-reset-bot' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Errors arrive already in pino's shape (sanitize); its own serializer would rebuild them from the copy.
      serializers: { err: (e: unknown) => e },
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => sanitize(bindings, secrets) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          // pino names a lone Error's message as the line's message; keep that for the sanitised copy.
          const lead = first instanceof Error ? { err: sanitize(first, secrets) } : sanitize(first, secrets);
          const tail = rest.map((a) => sanitize(a, secrets));
          if (first instanceof Error && !rest.some((a) => typeof a === 'string')) tail.unshift(scrub(first.message, secrets));
          return method.apply(this, [lead, ...tail] as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
  // pino applies the bindings formatter to the root only; children (and theirs) inherit this.
  const child = root.child;
  root.child = function (this: Logger, bindings, options) {
    return child.call(this, sanitize(bindings, secrets) as typeof bindings, options);
  } as typeof root.child;
  return root;
}
