/**
 * The Teams app package (issue 3): manifest validated offline against the official schema,
 * zip layout, icons, bot id from configuration, and the compiled `npm run package` CLI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderIcon } from '../scripts/icons.js';
import {
  DEMO_BOT_ID,
  PackageConfigError,
  buildAppPackage,
  buildManifest,
  checkIcon,
  checkManifestRules,
  fillPlaceholders,
  readZip,
  resolveInputs,
  validateAgainstOfficialSchema,
  validateManifest,
  type ManifestJson,
} from '../scripts/package.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const template = JSON.parse(readFileSync(join(repoRoot, 'appPackage', 'manifest.template.json'), 'utf8')) as ManifestJson;
const cli = join(repoRoot, 'dist', 'scripts', 'package.js');

const BOT_ID = '5f1c2a9e-3b7d-4c1e-9a2b-6d8e0f4a1c3b';
const OTHER_ID = '0a6b1e52-8c4f-4d2a-b1e3-7f9c2d4e6a80';
const PACKAGE_VARS = ['MicrosoftAppId', 'APP_PACKAGE_ID', 'APP_DEVELOPER_NAME', 'APP_WEBSITE_URL', 'APP_PRIVACY_URL', 'APP_TERMS_URL', 'APP_PACKAGE_OUT_DIR'];

/** process.env without any variable the packager reads, plus `extra`. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of PACKAGE_VARS) delete env[name];
  return { ...env, ...extra };
}

function manifestFor(env: NodeJS.ProcessEnv): ManifestJson {
  return buildManifest(template, resolveInputs(env, pkgVersion).inputs);
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function entryJson(entries: readonly { name: string; data: Buffer }[], name: string): ManifestJson {
  const entry = entries.find((e) => e.name === name);
  expect(entry, `${name} in zip`).toBeDefined();
  return JSON.parse(entry!.data.toString('utf8')) as ManifestJson;
}

function botIdOf(manifest: ManifestJson): unknown {
  return (manifest['bots'] as { botId: string }[])[0]?.botId;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mfa-app-package-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('manifest', () => {
  it('built from the template validates against the official Teams schema offline', async () => {
    for (const env of [cleanEnv(), cleanEnv({ MicrosoftAppId: BOT_ID })]) {
      const manifest = manifestFor(env);
      expect(manifest['$schema']).toMatch(/^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v1\.(2[5-9]|[3-9]\d)\/MicrosoftTeams\.schema\.json$/);
      expect(manifest['manifestVersion']).toBe(String(manifest['$schema']).match(/v(1\.\d+)/)?.[1]);
      expect(await validateAgainstOfficialSchema(manifest)).toEqual([]);
      expect(checkManifestRules(manifest)).toEqual([]);
    }
  });

  it('the validator really runs: a broken manifest yields schema errors', async () => {
    const broken = clone(manifestFor(cleanEnv()));
    delete broken['accentColor'];
    const bot = (broken['bots'] as Record<string, unknown>[])[0]!;
    bot['scopes'] = ['personal', 'everywhere'];
    bot['botId'] = 'not-a-guid';
    const errors = await validateAgainstOfficialSchema(broken);
    expect(errors.some((e) => e.includes("must have required property 'accentColor'"))).toBe(true);
    expect(errors.some((e) => e.startsWith('/bots/0/scopes/1 '))).toBe(true);
    expect(errors.some((e) => e.startsWith('/bots/0/botId '))).toBe(true);
  });

  it('refuses a schema that is not bundled instead of fetching it (v1.18 does not exist)', async () => {
    const manifest = clone(manifestFor(cleanEnv()));
    manifest['$schema'] = 'https://developer.microsoft.com/json-schemas/teams/v1.18/MicrosoftTeams.schema.json';
    const errors = await validateAgainstOfficialSchema(manifest);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/not a Teams manifest schema bundled/);
  });

  it('is a personal-scope bot with the real commands, and says the reset cannot be undone', () => {
    const manifest = manifestFor(cleanEnv({ MicrosoftAppId: BOT_ID }));
    const [bot, ...more] = manifest['bots'] as {
      scopes: string[];
      isNotificationOnly: boolean;
      supportsFiles: boolean;
      commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
    }[];
    expect(more).toEqual([]);
    expect(bot!.scopes).toEqual(['personal']);
    expect(bot!.isNotificationOnly).toBe(false);
    expect(bot!.supportsFiles).toBe(false);
    expect(bot!.commandLists.map((l) => l.scopes)).toEqual([['personal']]);
    const commands = bot!.commandLists[0]!.commands;
    expect(commands.map((c) => c.title)).toEqual(['reset my MFA', 'show my MFA methods', 'help']);
    for (const c of commands) {
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeGreaterThan(10);
    }
    expect(manifest['validDomains']).toBeUndefined();
    // Helpdesk mode installs the app for a target through Graph (TeamsAppInstallation.ReadWriteSelfForUser.All):
    // Teams needs the app's Entra id here, and it is the bot's own.
    expect(manifest['webApplicationInfo']).toEqual({ id: BOT_ID });
    const description = manifest['description'] as { short: string; full: string };
    expect(description.full).toMatch(/cannot be undone/);
    expect(description.full).toMatch(/set up MFA again/);
    expect((manifest['name'] as { short: string }).short.length).toBeLessThanOrEqual(30);
  });

  it('rules catch what the schema allows but Teams or this bot does not', () => {
    const manifest = clone(manifestFor(cleanEnv()));
    const bot = (manifest['bots'] as Record<string, unknown>[])[0]!;
    bot['scopes'] = ['personal', 'team'];
    (bot['commandLists'] as { commands: { title: string }[] }[])[0]!.commands[0]!.title = 'reset my multi-factor authentication now';
    manifest['version'] = '1.0.0-beta.1';
    const errors = checkManifestRules(manifest);
    expect(errors.some((e) => e.includes('/bots/0/scopes must be exactly ["personal"]'))).toBe(true);
    expect(errors.some((e) => e.includes('title must be at most 32 characters'))).toBe(true);
    expect(errors.some((e) => e.startsWith('/version'))).toBe(true);
  });

  it('fills placeholders inside string values only, so configured text cannot change the JSON', async () => {
    const tricky = 'Contoso", "id": "x';
    const manifest = manifestFor(cleanEnv({ APP_DEVELOPER_NAME: tricky }));
    expect((manifest['developer'] as { name: string }).name).toBe(tricky);
    expect(manifest['id']).toBe(DEMO_BOT_ID);
    expect(await validateManifest(manifest)).toEqual([]);
    expect(() => fillPlaceholders({ a: '${{NOPE}}' }, {})).toThrow(/Unknown placeholder \$\{\{NOPE\}\} at \/a/);
  });
});

describe('configuration', () => {
  it('uses MicrosoftAppId as the bot id (and the app id by default), the placeholder when unset', () => {
    const set = resolveInputs(cleanEnv({ MicrosoftAppId: BOT_ID }), pkgVersion);
    expect(set.inputs.botId).toBe(BOT_ID);
    expect(set.inputs.appId).toBe(BOT_ID);
    expect(set.inputs.demo).toBe(false);
    expect(set.warnings.join('\n')).not.toMatch(/DEMO/);

    for (const env of [cleanEnv(), cleanEnv({ MicrosoftAppId: '   ' })]) {
      const demo = resolveInputs(env, pkgVersion);
      expect(demo.inputs.botId).toBe(DEMO_BOT_ID);
      expect(demo.inputs.demo).toBe(true);
      expect(demo.warnings.join('\n')).toMatch(/DEMO package/);
    }
    expect(DEMO_BOT_ID).toMatch(/^0{8}-0{4}-4000-8000-0{12}$/);

    const separate = resolveInputs(cleanEnv({ MicrosoftAppId: BOT_ID, APP_PACKAGE_ID: OTHER_ID }), pkgVersion);
    expect(separate.inputs.appId).toBe(OTHER_ID);
    expect(separate.inputs.botId).toBe(BOT_ID);
  });

  it('refuses an invalid MicrosoftAppId with a message naming the variable', () => {
    const attempt = () => resolveInputs(cleanEnv({ MicrosoftAppId: 'my-bot' }), pkgVersion);
    expect(attempt).toThrow(PackageConfigError);
    expect(attempt).toThrow(/^MicrosoftAppId must be a GUID.*got "my-bot"$/);
  });

  it('refuses other bad values, and flags example.com defaults', () => {
    expect(() => resolveInputs(cleanEnv({ APP_PACKAGE_ID: '1234' }), pkgVersion)).toThrow(/^APP_PACKAGE_ID must be a GUID/);
    expect(() => resolveInputs(cleanEnv({ APP_PRIVACY_URL: 'http://contoso.com/privacy' }), pkgVersion)).toThrow(/^APP_PRIVACY_URL must be an https:\/\/ URL/);
    expect(() => resolveInputs(cleanEnv({ APP_TERMS_URL: 'not a url' }), pkgVersion)).toThrow(/^APP_TERMS_URL/);
    expect(() => resolveInputs(cleanEnv({ APP_DEVELOPER_NAME: 'x'.repeat(33) }), pkgVersion)).toThrow(/^APP_DEVELOPER_NAME must be at most 32/);
    expect(() => resolveInputs(cleanEnv(), '1.0')).toThrow(/version/);

    const defaults = resolveInputs(cleanEnv({ MicrosoftAppId: BOT_ID }), pkgVersion);
    expect(defaults.inputs.privacyUrl).toMatch(/^https:\/\/example\.com\//);
    expect(defaults.warnings.join('\n')).toMatch(/APP_PRIVACY_URL/);

    const configured = resolveInputs(
      cleanEnv({
        MicrosoftAppId: BOT_ID,
        APP_DEVELOPER_NAME: 'Contoso IT',
        APP_WEBSITE_URL: 'https://it.contoso.com/mfa',
        APP_PRIVACY_URL: 'https://contoso.com/privacy',
        APP_TERMS_URL: 'https://contoso.com/terms',
      }),
      pkgVersion,
    );
    expect(configured.warnings).toEqual([]);
    expect(configured.inputs.termsUrl).toBe('https://contoso.com/terms');
  });
});

describe('icons', () => {
  const color = readFileSync(join(repoRoot, 'appPackage', 'color.png'));
  const outline = readFileSync(join(repoRoot, 'appPackage', 'outline.png'));

  it('color.png is 192x192 and outline.png is 32x32', () => {
    expect([PNG.sync.read(color).width, PNG.sync.read(color).height]).toEqual([192, 192]);
    expect([PNG.sync.read(outline).width, PNG.sync.read(outline).height]).toEqual([32, 32]);
    expect(checkIcon('color', color)).toEqual([]);
    expect(checkIcon('outline', outline)).toEqual([]);
  });

  it('every outline pixel is pure white or fully transparent, and it is not empty', () => {
    const { data } = PNG.sync.read(outline);
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      drawn++;
      expect([data[i], data[i + 1], data[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(drawn).toBeGreaterThan(50);
  });

  it('the icon check rejects a wrong size and a non-white outline pixel', () => {
    const png = new PNG({ width: 32, height: 32 });
    png.data.fill(0);
    png.data.set([255, 255, 255, 255], 0);
    png.data.set([200, 200, 200, 128], 4 * 33);
    const errors = checkIcon('outline', PNG.sync.write(png));
    expect(errors.join('\n')).toMatch(/1 pixel\(s\) are not, first at \(1,1\)/);
    expect(checkIcon('color', outline).join('\n')).toMatch(/must be 192x192 px, is 32x32/);
  });

  it('the committed PNGs are what the SVG sources render to', () => {
    for (const [kind, committed] of [
      ['color', color],
      ['outline', outline],
    ] as const) {
      const fresh = PNG.sync.read(renderIcon(kind, readFileSync(join(repoRoot, 'appPackage', 'icons', `${kind}.svg`))));
      const stored = PNG.sync.read(committed);
      expect([fresh.width, fresh.height]).toEqual([stored.width, stored.height]);
      let maxDiff = 0;
      for (let i = 0; i < fresh.data.length; i++) maxDiff = Math.max(maxDiff, Math.abs(fresh.data[i]! - stored.data[i]!));
      expect(maxDiff, `${kind}.png differs from icons/${kind}.svg; run node dist/scripts/icons.js`).toBeLessThanOrEqual(2);
    }
  });
});

describe('zip', () => {
  it('has exactly manifest.json, color.png and outline.png at the root, with the configured ids', async () => {
    const outDir = join(tmp, 'lib');
    const result = await buildAppPackage({ env: cleanEnv({ MicrosoftAppId: BOT_ID }), outDir });
    expect(result.zipPath).toBe(join(outDir, `mfa-reset-${pkgVersion}.zip`));
    const entries = readZip(readFileSync(result.zipPath));
    expect(entries.map((e) => e.name).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = entryJson(entries, 'manifest.json');
    expect(botIdOf(manifest)).toBe(BOT_ID);
    expect(manifest['id']).toBe(BOT_ID);
    expect(manifest['version']).toBe(pkgVersion);
    expect(await validateManifest(manifest)).toEqual([]);

    const icons = manifest['icons'] as { color: string; outline: string };
    const color = PNG.sync.read(entries.find((e) => e.name === icons.color)!.data);
    const outline = PNG.sync.read(entries.find((e) => e.name === icons.outline)!.data);
    expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);

    // Cross-check the layout with Info-ZIP when the machine has it.
    const hasZipinfo = spawnSync('zipinfo', ['-h'], { stdio: 'ignore' }).status === 0;
    if (hasZipinfo) {
      const names = execFileSync('zipinfo', ['-1', result.zipPath], { encoding: 'utf8' }).trim().split('\n').sort();
      expect(names).toEqual(['color.png', 'manifest.json', 'outline.png']);
    }
  });

  it('is reproducible: the same inputs give the same bytes', async () => {
    const env = cleanEnv({ MicrosoftAppId: BOT_ID });
    const a = await buildAppPackage({ env, outDir: join(tmp, 'repro-a') });
    const b = await buildAppPackage({ env, outDir: join(tmp, 'repro-b') });
    const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
    expect(hash(a.zipPath)).toBe(hash(b.zipPath));
  });

  it('in demo mode carries the placeholder bot id', async () => {
    const result = await buildAppPackage({ env: cleanEnv(), outDir: join(tmp, 'demo') });
    expect(botIdOf(entryJson(readZip(readFileSync(result.zipPath)), 'manifest.json'))).toBe(DEMO_BOT_ID);
    expect(result.warnings.join('\n')).toMatch(/DEMO/);
  });
});

describe('compiled CLI (node dist/scripts/package.js)', () => {
  function run(args: string[], env: NodeJS.ProcessEnv) {
    expect(existsSync(cli), `${cli} is missing: run \`npm run build\` first (npm test does)`).toBe(true);
    return spawnSync(process.execPath, [cli, ...args], { cwd: tmp, env, encoding: 'utf8', timeout: 30_000 });
  }

  function zipPathFrom(stdout: string): string {
    const match = stdout.match(/Teams app package written: (.+\.zip)\s*$/m);
    expect(match, stdout).not.toBeNull();
    return match![1]!;
  }

  it('without MicrosoftAppId: exits 0, prints the zip path, warns that it is a demo package', () => {
    const outDir = join(tmp, 'cli-demo');
    const res = run(['--out-dir', outDir, '--no-dotenv'], cleanEnv());
    expect(res.status, res.stderr).toBe(0);
    const zipPath = zipPathFrom(res.stdout);
    expect(isAbsolute(zipPath)).toBe(true);
    expect(zipPath).toBe(join(outDir, `mfa-reset-${pkgVersion}.zip`));
    expect(existsSync(zipPath)).toBe(true);
    expect(res.stderr).toMatch(/WARNING: MicrosoftAppId is not set: this is a DEMO package/);
    expect(botIdOf(entryJson(readZip(readFileSync(zipPath)), 'manifest.json'))).toBe(DEMO_BOT_ID);
  });

  it('with MicrosoftAppId: the zip carries that bot id; APP_PACKAGE_OUT_DIR picks the folder', () => {
    const outDir = join(tmp, 'cli-prod');
    const res = run(['--no-dotenv'], cleanEnv({ MicrosoftAppId: BOT_ID, APP_PACKAGE_OUT_DIR: outDir }));
    expect(res.status, res.stderr).toBe(0);
    const zipPath = zipPathFrom(res.stdout);
    expect(zipPath).toBe(join(outDir, `mfa-reset-${pkgVersion}.zip`));
    expect(res.stderr).not.toMatch(/DEMO/);
    const manifest = entryJson(readZip(readFileSync(zipPath)), 'manifest.json');
    expect(botIdOf(manifest)).toBe(BOT_ID);
    expect(manifest['version']).toBe(pkgVersion);
  });

  it('reads MicrosoftAppId from an env file, and a variable already set wins over the file', () => {
    const envFile = join(tmp, 'test.env');
    writeFileSync(envFile, `MicrosoftAppId=${OTHER_ID}\nAPP_DEVELOPER_NAME="Contoso IT"\n`);
    const fromFile = run(['--out-dir', join(tmp, 'cli-envfile'), '--dotenv', envFile], cleanEnv());
    expect(fromFile.status, fromFile.stderr).toBe(0);
    const m1 = entryJson(readZip(readFileSync(zipPathFrom(fromFile.stdout))), 'manifest.json');
    expect(botIdOf(m1)).toBe(OTHER_ID);
    expect((m1['developer'] as { name: string }).name).toBe('Contoso IT');

    const overridden = run(['--out-dir', join(tmp, 'cli-envwins'), '--dotenv', envFile], cleanEnv({ MicrosoftAppId: BOT_ID }));
    expect(overridden.status, overridden.stderr).toBe(0);
    expect(botIdOf(entryJson(readZip(readFileSync(zipPathFrom(overridden.stdout))), 'manifest.json'))).toBe(BOT_ID);
  });

  it('refuses an invalid MicrosoftAppId with exit 1, a clear message, and no zip', () => {
    const outDir = join(tmp, 'cli-bad');
    const res = run(['--out-dir', outDir, '--no-dotenv'], cleanEnv({ MicrosoftAppId: 'contoso-mfa-bot' }));
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/error: MicrosoftAppId must be a GUID .*got "contoso-mfa-bot"/);
    expect(res.stdout).not.toMatch(/\.zip/);
    expect(existsSync(outDir)).toBe(false);
  });

  it('rejects unknown arguments and a missing --dotenv file with exit 2', () => {
    const res = run(['--frobnicate'], cleanEnv());
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/Unknown argument "--frobnicate"/);
    const missing = run(['--dotenv', join(tmp, 'nope.env')], cleanEnv());
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/env file .*nope\.env not found/);
  });
});
