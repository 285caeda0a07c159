/**
 * A small, honest Bicep reader for the deploy checks (there is no Bicep compiler on this machine).
 * It understands only what the tests look at: top-level `param`, `var`, `resource`, `module` and
 * `output` declarations, object bodies split into their top-level properties, and app settings
 * written as `{ name: '...' value: ... }` objects. Strings, comments and nesting are respected, so
 * a brace inside a string or a commented-out line cannot fool it. Anything it does not understand
 * in a declaration line is an error, never silently skipped.
 */

interface BicepParam {
  readonly name: string;
  readonly type: string;
  /** Raw default expression, or undefined when the parameter has none. */
  readonly defaultValue: string | undefined;
  readonly decorators: readonly string[];
  readonly secure: boolean;
}

export interface BicepResource {
  readonly symbol: string;
  /** `Microsoft.Web/sites` (without the API version). */
  readonly type: string;
  readonly apiVersion: string;
  /** The declaration after `=`: an object, a condition `if (...) {...}` or a loop `[for ...]`. */
  readonly body: string;
}

interface BicepModule {
  readonly symbol: string;
  readonly path: string;
  readonly body: string;
}

export interface BicepFile {
  readonly params: ReadonlyMap<string, BicepParam>;
  readonly vars: ReadonlyMap<string, string>;
  readonly resources: ReadonlyMap<string, BicepResource>;
  readonly modules: ReadonlyMap<string, BicepModule>;
  readonly outputs: ReadonlyMap<string, { readonly type: string; readonly value: string }>;
}

/** The text with comments replaced by spaces (strings kept), so offsets stay the same. */
export function stripComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "'") {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error('unterminated /* comment');
      out += text.slice(i, end + 2).replace(/[^\n]/g, ' ');
      i = end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index just after the string literal starting at `start` (a `'`; `\'` escapes; `'''` multi-line). */
function stringEnd(text: string, start: number): number {
  if (text.startsWith("'''", start)) {
    const end = text.indexOf("'''", start + 3);
    if (end < 0) throw new Error('unterminated multi-line string');
    return end + 3;
  }
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\') i += 2;
    else if (text[i] === "'") return i + 1;
    else if (text[i] === '\n') throw new Error(`unterminated string at offset ${start}`);
    else i++;
  }
  throw new Error(`unterminated string at offset ${start}`);
}

const OPEN: Readonly<Record<string, string>> = { '{': '}', '[': ']', '(': ')' };

/** Index just after the bracket that closes the one at `start`. */
function closeOf(text: string, start: number): number {
  const stack: string[] = [];
  let i = start;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "'") {
      i = stringEnd(text, i);
      continue;
    }
    if (OPEN[c]) stack.push(OPEN[c]);
    else if (c === '}' || c === ']' || c === ')') {
      if (stack.pop() !== c) throw new Error(`unbalanced ${c} at offset ${i}`);
      if (stack.length === 0) return i + 1;
    }
    i++;
  }
  throw new Error(`unclosed bracket at offset ${start}`);
}

/** An expression starting at `start`: to the end of the line, continuing while brackets are open. */
function expressionEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\n') return i;
    if (c === "'") i = stringEnd(text, i);
    else if (OPEN[c]) i = closeOf(text, i);
    else i++;
  }
  return i;
}

export function parseBicep(source: string): BicepFile {
  const text = stripComments(source);
  const params = new Map<string, BicepParam>();
  const vars = new Map<string, string>();
  const resources = new Map<string, BicepResource>();
  const modules = new Map<string, BicepModule>();
  const outputs = new Map<string, { type: string; value: string }>();
  let decorators: string[] = [];

  let i = 0;
  while (i < text.length) {
    // Skip blank space between declarations.
    const ws = /\s*/y;
    ws.lastIndex = i;
    ws.exec(text);
    i = ws.lastIndex;
    if (i >= text.length) break;
    if (text[i] === '@') {
      const paren = text.indexOf('(', i);
      const lineEnd = text.indexOf('\n', i);
      const end = paren >= 0 && (lineEnd < 0 || paren < lineEnd) ? closeOf(text, paren) : lineEnd < 0 ? text.length : lineEnd;
      decorators.push(text.slice(i, end).trim());
      i = end;
      continue;
    }
    const head = /(param|var|resource|module|output|targetScope|metadata|import|type|func)\s+/y;
    head.lastIndex = i;
    const kw = head.exec(text);
    if (!kw) throw new Error(`cannot read Bicep at offset ${i}: ${JSON.stringify(text.slice(i, i + 40))}`);
    const kind = kw[1] as string;
    i = head.lastIndex;
    const lineEnd = (() => {
      const eq = text.indexOf('=', i);
      const nl = text.indexOf('\n', i);
      return { eq, nl: nl < 0 ? text.length : nl };
    })();
    if (kind === 'param') {
      const decl = /([A-Za-z_][A-Za-z0-9_]*)\s+([A-Za-z_][A-Za-z0-9_]*(?:\[\])?)[ \t]*(=)?[ \t]*/y;
      decl.lastIndex = i;
      const m = decl.exec(text);
      if (!m || decl.lastIndex > lineEnd.nl + 1) throw new Error(`cannot read param at offset ${i}`);
      let defaultValue: string | undefined;
      i = decl.lastIndex;
      if (m[3]) {
        const end = expressionEnd(text, i);
        defaultValue = text.slice(i, end).trim();
        i = end;
      }
      params.set(m[1] as string, {
        name: m[1] as string,
        type: m[2] as string,
        defaultValue,
        decorators,
        secure: decorators.some((d) => /^@secure\(\s*\)$/.test(d)),
      });
    } else if (kind === 'var' || kind === 'output') {
      const decl = kind === 'var' ? /([A-Za-z_][A-Za-z0-9_]*)\s*=\s*/y : /([A-Za-z_][A-Za-z0-9_]*)\s+([A-Za-z_][A-Za-z0-9_]*)\s*=\s*/y;
      decl.lastIndex = i;
      const m = decl.exec(text);
      if (!m) throw new Error(`cannot read ${kind} at offset ${i}`);
      i = decl.lastIndex;
      const end = expressionEnd(text, i);
      const value = text.slice(i, end).trim();
      if (kind === 'var') vars.set(m[1] as string, value);
      else outputs.set(m[1] as string, { type: m[2] as string, value });
      i = end;
    } else if (kind === 'resource' || kind === 'module') {
      const decl = /([A-Za-z_][A-Za-z0-9_]*)\s+'([^']+)'\s*(?:existing\s*)?=\s*/y;
      decl.lastIndex = i;
      const m = decl.exec(text);
      if (!m) throw new Error(`cannot read ${kind} at offset ${i}`);
      i = decl.lastIndex;
      const end = expressionEnd(text, i);
      const body = text.slice(i, end).trim();
      if (kind === 'resource') {
        const [type, apiVersion] = (m[2] as string).split('@') as [string, string | undefined];
        if (!apiVersion) throw new Error(`resource ${m[1]} has no API version`);
        resources.set(m[1] as string, { symbol: m[1] as string, type, apiVersion, body });
      } else {
        modules.set(m[1] as string, { symbol: m[1] as string, path: m[2] as string, body });
      }
      i = end;
    } else {
      throw new Error(`the deploy checks do not understand Bicep '${kind}' declarations (offset ${i})`);
    }
    decorators = [];
  }
  return { params, vars, resources, modules, outputs };
}

/**
 * The top-level properties of an object literal `{ ... }` (or of the object in `if (...) {...}`),
 * each with its raw value text. Keys may be bare or quoted.
 */
export function objectProps(objectText: string): Map<string, string> {
  const text = objectText.trim();
  const open = text.indexOf('{');
  if (open < 0) throw new Error(`not an object: ${text.slice(0, 40)}`);
  const close = closeOf(text, open);
  const inner = text.slice(open + 1, close - 1);
  const props = new Map<string, string>();
  let i = 0;
  while (i < inner.length) {
    i = skipSeparators(inner, i);
    if (i >= inner.length) break;
    const key = /(?:'([^']*)'|([A-Za-z_$][A-Za-z0-9_$.-]*))\s*:\s*/y;
    key.lastIndex = i;
    const m = key.exec(inner);
    if (!m) throw new Error(`cannot read a property at ${JSON.stringify(inner.slice(i, i + 40))}`);
    i = key.lastIndex;
    const end = expressionEnd(inner, i);
    props.set((m[1] ?? m[2]) as string, inner.slice(i, end).trim());
    i = end;
  }
  return props;
}

/** The index of the first character at or after `i` that is neither whitespace nor a comma. */
function skipSeparators(text: string, i: number): number {
  const ws = /[\s,]*/y;
  ws.lastIndex = i;
  ws.exec(text);
  return ws.lastIndex;
}

/** Follow a dotted path of object properties: `prop(body, 'properties', 'siteConfig')`. */
export function prop(objectText: string, ...path: string[]): string | undefined {
  let current: string | undefined = objectText;
  for (const key of path) {
    if (current === undefined) return undefined;
    current = objectProps(current).get(key);
  }
  return current;
}

/** The elements of an array literal `[ ... ]` (newline or comma separated), as raw text. */
export function arrayItems(arrayText: string): string[] {
  const text = arrayText.trim();
  if (!text.startsWith('[')) throw new Error(`not an array: ${text.slice(0, 40)}`);
  const close = closeOf(text, 0);
  const inner = text.slice(1, close - 1);
  const items: string[] = [];
  let i = 0;
  while (i < inner.length) {
    i = skipSeparators(inner, i);
    if (i >= inner.length) break;
    let end = i;
    while (end < inner.length && inner[end] !== '\n' && inner[end] !== ',') {
      const c = inner[end] as string;
      if (c === "'") end = stringEnd(inner, end);
      else if (OPEN[c]) end = closeOf(inner, end);
      else end++;
    }
    items.push(inner.slice(i, end).trim());
    i = end;
  }
  return items;
}

/** A string literal's value (`'abc'` → `abc`), or undefined when the text is not one plain literal. */
export function literal(expr: string | undefined): string | undefined {
  if (expr === undefined) return undefined;
  const m = /^'((?:[^'\\$]|\\.|\$(?!\{))*)'$/.exec(expr.trim());
  return m ? (m[1] as string).replace(/\\(.)/g, '$1') : undefined;
}

/** Every `{ name: '<literal>' value: <expr> }` object anywhere in `text`. */
export function nameValuePairs(text: string): { name: string; value: string }[] {
  const pairs: { name: string; value: string }[] = [];
  const clean = stripComments(text);
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i];
    if (c === "'") {
      i = stringEnd(clean, i) - 1;
      continue;
    }
    if (c !== '{') continue;
    const end = closeOf(clean, i);
    const props = objectProps(clean.slice(i, end));
    const name = literal(props.get('name'));
    if (name !== undefined && props.has('value') && props.size === 2) pairs.push({ name, value: props.get('value') as string });
  }
  return pairs;
}
