/**
 * End-to-end test: the real bot (demo mode) driven through the Microsoft 365 Agents Playground in
 * headless Chromium, like a person would. `npm run test:e2e` (build first, then this file).
 *
 * Offline by construction: the bot and the Playground run under offline-preload.cjs (servers bind
 * 127.0.0.1, no outward connection or DNS lookup); Chromium resolves nothing but loopback and the
 * page aborts every non-loopback request. Every process started here is its own process group and
 * is stopped by PID on every exit path. Artefacts: test-results/e2e/ (screenshots, logs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { demoEnvironment } from '../../src/config.js';

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
const OUT = join(ROOT, 'test-results', 'e2e');
const PRELOAD = join(ROOT, 'test', 'e2e', 'offline-preload.cjs'); // CommonJS, from the repo, not dist
const BOT_ENTRY = resolve(ROOT, process.env.E2E_BOT_ENTRY ?? join('dist', 'src', 'index.js')); // override: harness debugging only
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const OVERALL_MS = Number(process.env.E2E_TIMEOUT_MS ?? 240_000);
const START_MS = 30_000; // each process to become ready
const STEP_MS = 30_000; // each conversation step
const GRACE_MS = 5_000; // SIGTERM → SIGKILL
const QUIET_MS = 8_000; // the bot answered, but not what we wait for: give up after this long

/** Exactly the flags; launchPersistentContext adds --user-data-dir (a fresh mkdtemp). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

/**
 * The Playground's user. Its built-in one has aadObjectId 00000000-0000-0000-0000-0000000000020,
 * which is not a GUID: the bot treats it as a simulated user, and DEMO_TECHNICIANS (GUIDs only)
 * cannot name it. So the Playground gets a config file of its own, its built-in default
 * (dist/index.js, `defaultConfigFileContent`, schema 0.1.1) with this one id changed, and the
 * bot is started with DEMO_TECHNICIANS set to it: the self-service steps run as this user, the
 * helpdesk steps as this user acting as a technician.
 */
const PLAYGROUND_USER_ID = 'e2e0a1e5-0000-4000-8000-000000000020';

function playgroundConfig(): string {
  const user = (n: number, name: string, upn: string, mail = upn): string =>
    [
      `  - id: user-id-${n}`,
      `    name: ${name}`,
      `    userPrincipleName: ${upn}`,
      `    aadObjectId: 00000000-0000-0000-0000-000000000002${n}`,
      `    givenName: ${name.split(' ')[0]}`,
      `    surname: ${name.split(' ')[1]}`,
      `    email: ${mail}`,
    ].join('\n');
  return [
    "# Written by test/e2e/run.ts: the Playground's built-in config with a GUID aadObjectId for the current user.",
    'version: "0.1.1"',
    'tenantId: 00000000-0000-0000-0000-0000000000001',
    'bot:',
    '  id: 00000000-0000-0000-0000-00000000000011',
    '  name: Test Bot',
    'currentUser:',
    '  id: user-id-0',
    '  name: Alex Wilber',
    '  userPrincipleName: alexw@example.com',
    `  aadObjectId: ${PLAYGROUND_USER_ID}`,
    '  givenName: Alex',
    '  surname: Wilber',
    '  email: alexw@example.com',
    'users:',
    user(1, 'Megan Bowen', 'meganb@example.com'),
    user(2, 'Adele Vance', 'adelev@example.com'),
    user(3, 'Isaiah Langer', 'isaiah@example.com', 'isaiahl@example.com'),
    user(4, 'Patti Fernandez', 'pattif@example.com'),
    user(5, 'Lynne Robbins', 'lynner@example.com'),
    'personalChat:',
    `  id: ${randomUUID()}`,
    'groupChat:',
    `  id: ${randomUUID()}`,
    '  name: Group Chat',
    'team:',
    '  id: team-id',
    '  name: My Team',
    '  aadGroupId: 00000000-0000-0000-0000-000000000031',
    '  channels:',
    '    - id: channel-announcements-id',
    '      name: Announcements',
    '',
  ].join('\n');
}

/** A plain user of the simulated directory (README "Helpdesk mode" → "Demo mode"). */
const HELPDESK_TARGET = { upn: 'ana.lopez@contoso.com', name: 'Ana Lopez' } as const;
const DEMO_YES = 'Answer as the target (demo): Yes';

// The chat pane. Bot messages (text and cards) render as .fai-OutputCard; the log panel repeats
// the same text elsewhere, so every check is scoped to these.
const CHAT_INPUT = '[data-lexical-editor="true"][role="textbox"]';
const BOT_OUTPUT = '.fai-OutputCard';

// What the bot says, matched loosely (see the report to the lead for the strings relied on).
const RE = {
  authenticator: /Microsoft Authenticator/,
  maskedPhone: /\+\d{1,3} ••• ••• \d{4}/,
  maskedEmail: /\S•••@\S+/,
  unmaskedPhone: /\+\d[\d ()-]{8,}\d/, // Graph stores "+1 4255550123"
  cancelled: /cancel|nothing was changed/i,
  resetDone: /I['’]ve reset your MFA/i,
  removed: /Removed:/,
  nothingLeft: /no MFA methods|only your password|nothing (is )?registered|no methods/i,
};

// ---------------------------------------------------------------------------------------------
// Bookkeeping: processes, browser, failure
// ---------------------------------------------------------------------------------------------

interface Proc {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logPath: string;
  output: string; // everything it printed so far (stdout + stderr)
  exited: boolean;
}

const procs: Proc[] = [];
let context: BrowserContext | undefined;
let page: Page | undefined;
let userDataDir: string | undefined;
let lastScreenshot: string | undefined;
let shotNo = 0;
let finishing = false;
const t0 = Date.now();

function log(line: string): void {
  process.stdout.write(`[e2e +${((Date.now() - t0) / 1000).toFixed(1)}s] ${line}\n`);
}

class E2EError extends Error {}

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

/** A path relative to the current directory, for short messages; anything else unchanged. */
function rel(p: string): string {
  return p.startsWith('/') && existsSync(p) ? relative(process.cwd(), p) || p : p;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

function start(name: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Proc {
  const logPath = join(OUT, `${name}.log`);
  const file = createWriteStream(logPath);
  const child = spawn(process.execPath, args, {
    cwd,
    env,
    detached: true, // own process group: stopped with process.kill(-pid)
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc: Proc = { name, child, logPath, output: '', exited: false };
  const take = (chunk: Buffer): void => {
    proc.output += chunk.toString('utf8');
    file.write(chunk);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  child.on('exit', (code, signal) => {
    proc.exited = true;
    file.end(`\n[e2e] ${name} exited (code ${code}, signal ${signal})\n`);
  });
  child.on('error', (err) => {
    proc.exited = true;
    proc.output += `\n[e2e] spawn error: ${err.message}\n`;
  });
  procs.push(proc);
  log(`started ${name} (pid ${child.pid}): node ${args.map((a) => rel(a)).join(' ')}`);
  return proc;
}

async function stopGroup(proc: Proc): Promise<void> {
  const pid = proc.child.pid;
  if (pid === undefined || proc.exited) return;
  const kill = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-pid, signal);
    } catch {
      // group already gone
    }
  };
  kill('SIGTERM');
  const deadline = Date.now() + GRACE_MS;
  while (!proc.exited && Date.now() < deadline) await sleep(100);
  kill('SIGKILL'); // whatever is left of the group (the leader may have left children behind)
  if (!proc.exited) log(`${proc.name} (pid ${pid}) needed SIGKILL`);
}

async function cleanup(): Promise<void> {
  if (context) {
    await Promise.race([context.close().catch(() => undefined), sleep(GRACE_MS)]);
    context = undefined;
  }
  await Promise.all(procs.map((p) => stopGroup(p)));
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
}

async function finish(code: number, reason?: string): Promise<never> {
  if (finishing) return new Promise<never>(() => undefined); // the first caller exits
  finishing = true;
  if (reason !== undefined && page) {
    try {
      await shot('failure', 5_000);
    } catch {
      // keep the previous screenshot
    }
  }
  await cleanup();
  for (const p of procs) {
    const refused = p.output.split('\n').filter((l) => l.includes('[offline-preload] refused')).length;
    if (refused > 0) log(`${p.name}: ${refused} outward attempt(s) refused offline (see ${rel(p.logPath)})`);
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (reason === undefined) {
    log(`PASSED in ${secs}s; screenshots in ${rel(OUT)}`);
  } else {
    process.stderr.write(`E2E FAILED after ${secs}s: ${reason}\n`);
    process.stderr.write(`last screenshot: ${lastScreenshot ? rel(lastScreenshot) : '(none taken)'}\n`);
    process.stderr.write(`logs: ${procs.map((p) => rel(p.logPath)).join(', ') || '(none)'}\n`);
  }
  process.exit(code);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function within<T>(what: string, ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new E2EError(`${what}: no result within ${ms / 1000}s`)), ms);
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Poll until check() returns a value (not undefined), or fail naming what was awaited. */
async function until<T>(what: string, ms: number, check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    for (const p of procs) {
      if (p.exited) throw new E2EError(`${p.name} exited unexpectedly while waiting for ${what}; see ${rel(p.logPath)}`);
    }
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      if (err instanceof E2EError) throw err;
      lastError = err;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new E2EError(`timed out after ${ms / 1000}s waiting for ${what}${why}`);
    }
    await sleep(200);
  }
}

async function httpText(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  return { status: res.status, body: await res.text() };
}

async function shot(step: string, timeout = 10_000): Promise<string> {
  if (!page) throw new E2EError('no page to screenshot');
  shotNo += 1;
  const path = join(OUT, `${String(shotNo).padStart(2, '0')}-${step}.png`);
  await page.screenshot({ path, timeout });
  lastScreenshot = path;
  return path;
}

// ---------------------------------------------------------------------------------------------
// Chat helpers (all scoped to the chat pane)
// ---------------------------------------------------------------------------------------------

function outputs(): Locator {
  if (!page) throw new E2EError('no page');
  return page.locator(BOT_OUTPUT);
}

function button(card: Locator, name: 'Yes' | 'No'): Locator {
  return card.getByRole('button', { name, exact: true });
}

async function hasButtons(card: Locator): Promise<boolean> {
  return (await button(card, 'Yes').count()) > 0 || (await button(card, 'No').count()) > 0;
}

/** Texts of the bot's outputs from index `from` on. */
async function textsFrom(from: number): Promise<string[]> {
  const all = await outputs().allInnerTexts();
  return all.slice(from);
}

/** Wait until the number of bot outputs has not changed for `quietMs`. */
async function settle(quietMs: number, maxMs: number): Promise<number> {
  const deadline = Date.now() + maxMs;
  let count = await outputs().count();
  let since = Date.now();
  while (Date.now() < deadline) {
    await sleep(200);
    const now = await outputs().count();
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) break;
  }
  return count;
}

async function say(text: string): Promise<number> {
  if (!page) throw new E2EError('no page');
  const before = await outputs().count();
  const input = page.locator(CHAT_INPUT);
  await input.click();
  await input.pressSequentially(text);
  await page.keyboard.press('Enter');
  await until(`the chat box to clear after sending "${text}"`, 10_000, async () => ((await input.innerText()).trim() === '' ? true : undefined));
  log(`user: ${text}`);
  return before;
}

/**
 * Wait for a bot output at index >= from whose text matches `test`; returns its index. Fails early,
 * quoting the bot, when it has answered (outputs at >= from) but nothing matched for QUIET_MS.
 */
async function waitForOutput(what: string, from: number, test: (text: string) => boolean): Promise<number> {
  let seen = '';
  let seenSince = Date.now();
  return until(what, STEP_MS, async () => {
    const texts = await textsFrom(from);
    const i = texts.findIndex(test);
    if (i >= 0) return from + i;
    const now = texts.map(oneLine).join(' | ');
    if (now !== seen) {
      seen = now;
      seenSince = Date.now();
    } else if (now !== '' && Date.now() - seenSince > QUIET_MS) {
      throw new E2EError(`expected ${what}, but the bot said: "${now.slice(0, 400)}"`);
    }
    return undefined;
  });
}

/** Wait for a confirmation card (Yes and No buttons) at index >= from; returns its index. */
async function waitForConfirmCard(from: number): Promise<number> {
  return until('a confirmation card with Yes and No buttons', STEP_MS, async () => {
    const n = await outputs().count();
    for (let i = n - 1; i >= from; i--) {
      const card = outputs().nth(i);
      if ((await button(card, 'Yes').count()) > 0 && (await button(card, 'No').count()) > 0) return i;
    }
    return undefined;
  });
}

/** Wait for a helpdesk request card ("Reset MFA for <target>") at index >= from; returns its index. */
async function waitForRequestCard(from: number): Promise<number> {
  return waitForOutput(`the request card "Reset MFA for ${HELPDESK_TARGET.name}"`, from, (t) => t.includes(`Reset MFA for ${HELPDESK_TARGET.name}`));
}

function expect(cond: boolean, message: string): void {
  if (!cond) throw new E2EError(message);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(BOT_ENTRY)) throw new E2EError(`${rel(BOT_ENTRY)} is missing: run "npm run build" first (npm run test:e2e does)`);
  if (!existsSync(CHROMIUM)) throw new E2EError(`${CHROMIUM} is missing: apt-get install -y chromium (or set E2E_CHROMIUM)`);

  const require = createRequire(join(ROOT, 'package.json'));
  const pgPkgPath = require.resolve('@microsoft/m365agentsplayground/package.json');
  const pgPkg = JSON.parse(readFileSync(pgPkgPath, 'utf8')) as { version: string; bin: Record<string, string> };
  const pgBin = pgPkg.bin.agentsplayground;
  if (!pgBin) throw new E2EError('@microsoft/m365agentsplayground has no "agentsplayground" bin');
  const pgCli = resolve(dirname(pgPkgPath), pgBin);

  const botPort = await freePort();
  const pgPort = await freePort();
  const endpoint = `http://127.0.0.1:${botPort}/api/messages`;

  // --- bot (demo mode) ---
  // Demo mode, whatever the shell or .env says; the Playground's user is a demo technician.
  const botEnv: NodeJS.ProcessEnv = {
    ...demoEnvironment(process.env),
    PORT: String(botPort),
    HOST: '127.0.0.1',
    DEMO_TECHNICIANS: PLAYGROUND_USER_ID,
    DEMO_PRIVILEGED_TECHNICIANS: '',
  };
  const bot = start('bot', ['-r', PRELOAD, BOT_ENTRY], botEnv, ROOT);

  // --- Playground (its cwd is OUT: it reads the .m365agentsplayground.yml written there, nothing is written to the repo) ---
  writeFileSync(join(OUT, '.m365agentsplayground.yml'), playgroundConfig());
  const pgEnv: NodeJS.ProcessEnv = {
    ...process.env,
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    TEAMSAPPTESTER_BROWSER: 'none',
    TEAMSAPPTESTER_PORT: String(pgPort),
    M365_AGENTS_PLAYGROUND_LOGFILE: join(OUT, 'playground-server.log'),
    TEAMSAPPTESTER_LOGFILE: join(OUT, 'playground-server.log'),
  };
  const pg = start('playground', ['-r', PRELOAD, pgCli, '-e', endpoint, '-c', 'msteams', '--disable-telemetry', '-p', String(pgPort)], pgEnv, OUT);

  await within('bot start', START_MS, () =>
    until(`bot GET /healthz on 127.0.0.1:${botPort}`, START_MS, async () =>
      (await httpText(`http://127.0.0.1:${botPort}/healthz`)).status === 200 ? true : undefined,
    ),
  );
  await until('the bot\'s "DEMO MODE" log line (no credentials may reach it)', 5_000, () => (/DEMO MODE/i.test(bot.output) ? true : undefined));
  log(`bot ready on 127.0.0.1:${botPort} (demo mode)`);

  const listening = await until('the Playground "Listening on" line', START_MS, () => {
    const m = /Listening on (\d+)/.exec(pg.output);
    return m ? Number(m[1]) : undefined;
  });
  expect(listening === pgPort, `the Playground listens on ${listening}, not ${pgPort} as asked (port was busy)`);
  await until(`Playground GET /_debug/ping on 127.0.0.1:${pgPort}`, START_MS, async () => {
    const r = await httpText(`http://127.0.0.1:${pgPort}/_debug/ping`);
    return r.status === 200 && r.body.trim() === 'pong' ? true : undefined;
  });
  log(`Playground ${pgPkg.version} ready on 127.0.0.1:${pgPort}`);

  // --- browser ---
  userDataDir = mkdtempSync(join(tmpdir(), 'mfa-e2e-chromium-'));
  context = await within('Chromium launch', START_MS, () =>
    chromium.launchPersistentContext(userDataDir as string, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      timeout: START_MS,
      // Our own handlers stop everything (bot, Playground, browser) in order; Playwright's would
      // exit at once and leave the detached process groups behind.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    }),
  );
  const aborted = new Map<string, number>();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (loopback || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    aborted.set(url.host, (aborted.get(url.host) ?? 0) + 1);
    return route.abort('blockedbyclient');
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(STEP_MS);
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  await page.goto(`http://127.0.0.1:${pgPort}/`, { waitUntil: 'domcontentloaded' });
  await page.locator(CHAT_INPUT).waitFor({ state: 'visible' });
  const greeting = await settle(1_500, 10_000); // the bot may greet on conversationUpdate
  await shot('playground-loaded');
  log(`Playground page loaded; ${greeting} bot message(s) before we spoke`);

  // --- 1. reset request → confirmation card listing the methods ---
  let from = await say('reset my MFA');
  let card = await waitForConfirmCard(from);
  let cardText = oneLine((await outputs().nth(card).innerText()) ?? '');
  await shot('confirm-card');
  expect(RE.authenticator.test(cardText), `the confirmation card does not list Microsoft Authenticator: "${cardText}"`);
  expect(RE.maskedPhone.test(cardText), `the confirmation card does not show a masked phone number: "${cardText}"`);
  expect(RE.maskedEmail.test(cardText), `the confirmation card does not show a masked email address: "${cardText}"`);
  log(`bot: confirmation card: ${cardText.slice(0, 200)}`);

  // --- 2. No → the card says cancelled, buttons gone ---
  await button(outputs().nth(card), 'No').click();
  log('user: clicked No');
  // The card itself is replaced in place (updateActivity): it says so and its buttons are gone.
  await until('the confirmation card to be replaced by a cancelled card (no Yes/No buttons)', STEP_MS, async () => {
    const replaced = outputs().nth(card);
    return !(await hasButtons(replaced)) && RE.cancelled.test(await replaced.innerText()) ? true : undefined;
  });
  await settle(1_000, 5_000); // let a follow-up message land before the screenshot
  await shot('cancelled');
  log(`bot: ${(await textsFrom(card)).map((t) => oneLine(t).slice(0, 120)).join(' | ')}`);

  // --- 3. request again → Yes → result message, card updated ---
  from = await say('reset my MFA');
  card = await waitForConfirmCard(from);
  cardText = oneLine(await outputs().nth(card).innerText());
  expect(RE.authenticator.test(cardText), `the second confirmation card does not list Microsoft Authenticator: "${cardText}"`);
  await shot('confirm-card-again');
  await button(outputs().nth(card), 'Yes').click();
  log('user: clicked Yes');
  // The outcome is said once, on the replaced card (issue 10, item 14), not in a second message.
  const resultAt = await waitForOutput(`the result on the replaced card ("I've reset your MFA. Removed: …")`, card, (t) => RE.resetDone.test(t));
  const resultText = oneLine((await textsFrom(resultAt))[0] ?? '');
  expect(RE.removed.test(resultText), `the result message does not say what was removed: "${resultText}"`);
  await until('the confirmation card to lose its Yes/No buttons after Yes', STEP_MS, async () => ((await hasButtons(outputs().nth(card))) ? undefined : true));
  await shot('reset-done');
  log(`bot: ${resultText.slice(0, 200)}`);

  // --- 4. show my MFA methods → nothing left but the password ---
  from = await say('show my MFA methods');
  const listAt = await waitForOutput('the method list ("no MFA methods" / "only your password")', Math.max(from, resultAt + 1), (t) => RE.nothingLeft.test(t));
  const listText = oneLine((await textsFrom(listAt))[0] ?? '');
  expect(!RE.authenticator.test(listText), `after the reset the list still shows Microsoft Authenticator: "${listText}"`);
  await shot('nothing-left');
  log(`bot: ${listText.slice(0, 200)}`);

  // --- 5. helpdesk: the technician asks for a colleague → the request card ---
  from = await say(`reset MFA for ${HELPDESK_TARGET.upn}`);
  const requestAt = await waitForRequestCard(from);
  const request = outputs().nth(requestAt);
  const requestText = oneLine(await request.innerText());
  expect(RE.authenticator.test(requestText), `the request card does not list ${HELPDESK_TARGET.name}'s Microsoft Authenticator: "${requestText}"`);
  expect(!RE.unmaskedPhone.test(requestText), `the request card shows an unmasked phone number: "${requestText}"`);
  await shot('helpdesk-request-card');
  log(`bot: request card: ${requestText.slice(0, 200)}`);

  // --- 6. choose the app, give a ticket, submit ---
  await request.getByRole('radio', { name: RE.authenticator }).check();
  await request.getByRole('textbox', { name: /Ticket/ }).fill('INC0012345');
  await shot('helpdesk-request-filled');
  await request.getByRole('button', { name: `Ask ${HELPDESK_TARGET.name} to confirm`, exact: true }).click();
  log(`user: chose the app, ticket INC0012345, clicked "Ask ${HELPDESK_TARGET.name} to confirm"`);

  // --- 7. the target's card (demo copy in this chat) → answer Yes as the target ---
  await waitForOutput(`the technician's card to say it waits for ${HELPDESK_TARGET.name}`, requestAt, (t) => t.includes(`Waiting for ${HELPDESK_TARGET.name}`));
  const targetAt = await until(`the demo copy of ${HELPDESK_TARGET.name}'s card (button "${DEMO_YES}")`, STEP_MS, async () => {
    const n = await outputs().count();
    for (let i = n - 1; i >= requestAt; i--) if ((await outputs().nth(i).getByRole('button', { name: DEMO_YES, exact: true }).count()) > 0) return i;
    return undefined;
  });
  const targetText = oneLine(await outputs().nth(targetAt).innerText());
  expect(targetText.includes('INC0012345'), `the target's card does not name the ticket: "${targetText}"`);
  expect(RE.authenticator.test(targetText), `the target's card does not say the Authenticator will be removed: "${targetText}"`);
  await shot('helpdesk-target-card');
  log(`bot: target card: ${targetText.slice(0, 200)}`);
  await outputs().nth(targetAt).getByRole('button', { name: DEMO_YES, exact: true }).click();
  log(`user: clicked "${DEMO_YES}"`);

  // --- 8. the technician's card says done and what was removed ---
  const doneAt = await waitForOutput(`the technician's card to say "${HELPDESK_TARGET.name} confirmed: MFA reset"`, requestAt, (t) =>
    t.includes(`${HELPDESK_TARGET.name} confirmed: MFA reset`),
  );
  const doneText = oneLine((await textsFrom(doneAt))[0] ?? '');
  expect(RE.authenticator.test(doneText), `the done card does not say the Authenticator was removed: "${doneText}"`);
  await until("the target's demo card to lose its answer buttons", STEP_MS, async () =>
    (await outputs().nth(targetAt).getByRole('button', { name: DEMO_YES, exact: true }).count()) === 0 ? true : undefined,
  );
  await shot('helpdesk-done');
  log(`bot: ${doneText.slice(0, 240)}`);

  // --- 9. the simulated tenant: a new request card no longer lists the app; dismiss it ---
  from = await say(`reset MFA for ${HELPDESK_TARGET.upn}`);
  const againAt = await waitForRequestCard(from);
  const again = outputs().nth(againAt);
  const againText = oneLine(await again.innerText());
  expect(!RE.authenticator.test(againText), `after the reset ${HELPDESK_TARGET.name} still has Microsoft Authenticator: "${againText}"`);
  await shot('helpdesk-after');
  log(`bot: request card afterwards: ${againText.slice(0, 200)}`);
  await again.getByRole('button', { name: 'Cancel', exact: true }).click();
  await waitForOutput('the dismissed request card ("no request was sent")', againAt, (t) => /no request was sent/i.test(t));
  log('user: clicked Cancel; no request was sent');

  const everything = (await textsFrom(0)).map(oneLine).join(' | ');
  const leak = RE.unmaskedPhone.exec(everything);
  expect(!leak, `the chat shows an unmasked phone number: "${leak?.[0]}"`);

  if (aborted.size > 0) {
    const list = [...aborted].map(([h, n]) => `${h} ×${n}`).join(', ');
    log(`page requests aborted (non-loopback): ${list}`);
  }
  writeFileSync(
    join(OUT, 'summary.json'),
    JSON.stringify({ botPort, pgPort, playground: pgPkg.version, aborted: Object.fromEntries(aborted), pageErrors }, null, 2),
  );
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void finish(1, `interrupted by ${signal}`));
}
const overall = setTimeout(() => void finish(1, `overall time limit of ${OVERALL_MS / 1000}s exceeded`), OVERALL_MS);

main().then(
  () => {
    clearTimeout(overall);
    return finish(0);
  },
  (err: unknown) => {
    clearTimeout(overall);
    const msg = err instanceof E2EError ? err.message : err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err);
    return finish(1, msg);
  },
);
