/**
 * `npm run package`: build the Teams app package (appPackage/build/<name>-<version>.zip).
 *
 *   node dist/scripts/package.js [--out-dir <dir>] [--dotenv <file> | --no-dotenv]
 *
 * Fills appPackage/manifest.template.json from the environment (MicrosoftAppId and the APP_*
 * variables; `.env` is read first if present, like `npm start`, without overriding variables
 * already set) and package.json, validates the manifest offline against the official Teams
 * schema, checks the icons and writes manifest.json, color.png and outline.png at the zip root.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { PackageConfigError, resolveInputs, type PackageInputs } from './package/inputs.js';
import { buildManifest, packageFileName, type Json, type ManifestJson } from './package/manifest.js';
import { appPackagePaths, findRepoRoot, isMainModule } from './package/paths.js';
import { ICON_SPECS, checkIcon, type IconKind } from './package/png.js';
import { validateManifest } from './package/validate.js';
import { writeZip, type ZipEntry } from './package/zip.js';

export { DEMO_BOT_ID, PackageConfigError, resolveInputs, type PackageInputs } from './package/inputs.js';
export { buildManifest, fillPlaceholders, packageFileName, type ManifestJson } from './package/manifest.js';
export { checkIcon, ICON_SPECS } from './package/png.js';
export { checkManifestRules, validateAgainstOfficialSchema, validateManifest } from './package/validate.js';
export { readZip, writeZip, zipBuffer } from './package/zip.js';

/** The manifest or icons failed validation; `errors` lists every problem. */
export class PackageValidationError extends Error {
  constructor(readonly errors: readonly string[]) {
    super(`The app package is not valid:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    this.name = 'PackageValidationError';
  }
}

export interface BuildAppPackageOptions {
  /** Environment to read MicrosoftAppId / APP_* from. Default: process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** Repository root (holds package.json and appPackage/). Default: found from this file. */
  readonly repoRoot?: string;
  /** Folder for the zip. Default: <repoRoot>/appPackage/build. */
  readonly outDir?: string;
}

export interface AppPackage {
  /** Absolute path of the written zip. */
  readonly zipPath: string;
  readonly manifest: ManifestJson;
  readonly inputs: PackageInputs;
  readonly warnings: readonly string[];
  readonly entries: readonly ZipEntry[];
}

function readJson(file: string): Json {
  return JSON.parse(readFileSync(file, 'utf8')) as Json;
}

/** Build, validate and write the app package. Throws PackageConfigError / PackageValidationError. */
export async function buildAppPackage(options: BuildAppPackageOptions = {}): Promise<AppPackage> {
  const paths = appPackagePaths(options.repoRoot ?? findRepoRoot());
  const pkg = readJson(paths.packageJson);
  const version = pkg !== null && typeof pkg === 'object' && !Array.isArray(pkg) ? pkg['version'] : undefined;
  const { inputs, warnings } = resolveInputs(options.env ?? process.env, version);

  const manifest = buildManifest(readJson(paths.template), inputs);
  const errors = await validateManifest(manifest);

  const icons = manifest['icons'] as Record<string, Json> | undefined;
  const iconEntries: ZipEntry[] = [];
  for (const kind of Object.keys(ICON_SPECS) as IconKind[]) {
    const name = icons?.[kind];
    if (typeof name !== 'string') continue; // already reported by validateManifest
    const file = join(paths.dir, name);
    if (!existsSync(file)) {
      errors.push(`${kind} icon ${file} is missing (run \`node dist/scripts/icons.js\` after a build to render it)`);
      continue;
    }
    const data = readFileSync(file);
    errors.push(...checkIcon(kind, data, `${kind} icon ${name}`));
    iconEntries.push({ name, data });
  }
  if (errors.length > 0) throw new PackageValidationError(errors);

  const entries: ZipEntry[] = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') }, ...iconEntries];
  const zipPath = resolve(options.outDir ?? paths.defaultOutDir, packageFileName(manifest));
  await writeZip(zipPath, entries);
  return { zipPath, manifest, inputs, warnings, entries };
}

export interface CliArgs {
  readonly outDir?: string;
  /** A file to load, null for none, undefined for the default (<repo>/.env if present). */
  readonly envFile?: string | null;
  readonly help: boolean;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  let outDir: string | undefined;
  let envFile: string | null | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--out-dir') outDir = value();
    else if (flag === '--dotenv') envFile = value();
    else if (flag === '--no-dotenv') envFile = null;
    else if (flag === '--help' || flag === '-h') help = true;
    else throw new Error(`Unknown argument ${JSON.stringify(arg)} (try --help)`);
  }
  return { ...(outDir !== undefined && { outDir }), ...(envFile !== undefined && { envFile }), help };
}

const USAGE = `Usage: node dist/scripts/package.js [--out-dir <dir>] [--dotenv <file> | --no-dotenv]

Builds the Teams app package zip. Environment (also read from .env):
  MicrosoftAppId      the Azure Bot's Microsoft App ID (GUID); unset = demo package with a fake id
  APP_PACKAGE_ID      Teams app id (GUID); default: MicrosoftAppId
  APP_DEVELOPER_NAME  publisher name shown in Teams (max 32 characters)
  APP_WEBSITE_URL, APP_PRIVACY_URL, APP_TERMS_URL   https:// URLs
  APP_PACKAGE_OUT_DIR output folder (default appPackage/build; --out-dir wins)`;

/** The CLI. Returns the exit code. */
export async function main(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    console.error(`error: ${(err as Error).message}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }

  const repoRoot = findRepoRoot();
  const envFile = args.envFile === undefined ? join(repoRoot, '.env') : args.envFile;
  let effectiveEnv: NodeJS.ProcessEnv = env;
  if (envFile !== null) {
    if (existsSync(envFile)) {
      // Same rule as `node --env-file` / process.loadEnvFile: variables already set win over the file.
      effectiveEnv = { ...parseEnv(readFileSync(envFile, 'utf8')), ...env };
    } else if (args.envFile !== undefined) {
      console.error(`error: env file ${envFile} not found`);
      return 2;
    }
  }

  const outDirSetting = args.outDir ?? (effectiveEnv['APP_PACKAGE_OUT_DIR']?.trim() || undefined);
  try {
    const result = await buildAppPackage({
      env: effectiveEnv,
      repoRoot,
      ...(outDirSetting !== undefined && { outDir: resolve(outDirSetting) }),
    });
    for (const warning of result.warnings) console.warn(`WARNING: ${warning}`);
    const { inputs, manifest } = result;
    console.log(
      `manifest.json: schema v${String(manifest['manifestVersion'])} validated offline, no errors; ` +
        `app id ${inputs.appId}, bot id ${inputs.botId}${inputs.demo ? ' (DEMO placeholder)' : ''}, version ${inputs.version}`,
    );
    console.log(
      `icons: color.png ${ICON_SPECS.color.width}x${ICON_SPECS.color.height}, outline.png ${ICON_SPECS.outline.width}x${ICON_SPECS.outline.height} white on transparent`,
    );
    console.log(`Teams app package written: ${result.zipPath}`);
    return 0;
  } catch (err) {
    if (err instanceof PackageValidationError) {
      console.error(`error: the app package is not valid (${err.errors.length} problem(s)):`);
      for (const e of err.errors) console.error(`  - ${e}`);
    } else if (err instanceof PackageConfigError) {
      console.error(`error: ${err.message}`);
    } else {
      console.error(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
    return 1;
  }
}

if (isMainModule(import.meta.url)) {
  process.exitCode = await main();
}
