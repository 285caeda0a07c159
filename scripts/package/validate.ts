/**
 * Offline validation of a filled manifest: the official Teams JSON schema bundled with
 * @microsoft/app-manifest, plus the rules this bot relies on that the schema does not enforce.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { findPlaceholders, type Json, type ManifestJson } from './manifest.js';

const require = createRequire(import.meta.url);
const SCHEMA_HOST = 'https://developer.microsoft.com';

/** Teams shows at most 32 characters of a command title (the v1.29 schema allows 128). */
const COMMAND_TITLE_MAX = 32;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * The local copy of a Teams `$schema` URL inside @microsoft/app-manifest, or undefined when the
 * package does not bundle it (it would then fetch it over the network, which we refuse).
 * Mirrors the library's own mapping, including the `/en-us/` form of the URL.
 */
function bundledSchemaFile(schemaUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(schemaUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.host !== 'developer.microsoft.com') return undefined;
  const pathname = url.pathname.replace(/^\/[a-z]{2}(?:-[a-z]{2})?(?=\/json-schemas\/)/i, '');
  if (!/^\/json-schemas\/teams\/v[0-9.]+\/MicrosoftTeams\.schema\.json$/.test(pathname)) return undefined;
  const buildDir = dirname(require.resolve('@microsoft/app-manifest'));
  const file = join(buildDir, pathname);
  return existsSync(file) ? file : undefined;
}

/** Schema errors from the official Teams schema, validated offline. Empty when valid. */
export async function validateAgainstOfficialSchema(manifest: unknown): Promise<string[]> {
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    return ['the manifest must be a JSON object'];
  }
  const schemaUrl = (manifest as Record<string, unknown>)['$schema'];
  if (typeof schemaUrl !== 'string') return ['/$schema must be set to a Teams manifest schema URL'];
  if (bundledSchemaFile(schemaUrl) === undefined) {
    return [
      `/$schema ${schemaUrl} is not a Teams manifest schema bundled with @microsoft/app-manifest ` +
        `(expected ${SCHEMA_HOST}/json-schemas/teams/v1.NN/MicrosoftTeams.schema.json); refusing to fetch a schema online`,
    ];
  }
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest);
}

function obj(value: Json | undefined): { [key: string]: Json } | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

function arr(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

/** What Teams and this bot need beyond the schema. Empty when fine. */
export function checkManifestRules(manifest: ManifestJson): string[] {
  const errors: string[] = [];

  for (const path of findPlaceholders(manifest)) errors.push(`${path} still contains an unfilled \${{…}} placeholder`);

  const version = manifest['version'];
  if (typeof version !== 'string' || !SEMVER.test(version)) {
    errors.push(`/version must be MAJOR.MINOR.PATCH, got ${JSON.stringify(version)}`);
  }

  const developer = obj(manifest['developer']);
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
    const url = developer?.[key];
    if (typeof url !== 'string' || !url.startsWith('https://')) errors.push(`/developer/${key} must be an https:// URL`);
  }

  const icons = obj(manifest['icons']);
  for (const key of ['color', 'outline']) {
    const file = icons?.[key];
    if (typeof file !== 'string' || !/^[A-Za-z0-9._-]+\.png$/.test(file)) {
      errors.push(`/icons/${key} must be a .png file name at the package root, got ${JSON.stringify(file)}`);
    }
  }

  const bots = arr(manifest['bots']);
  if (bots.length !== 1) errors.push('/bots must declare exactly one bot');
  bots.forEach((botValue, b) => {
    const bot = obj(botValue);
    const scopes = arr(bot?.['scopes']);
    if (scopes.length !== 1 || scopes[0] !== 'personal') {
      errors.push(`/bots/${b}/scopes must be exactly ["personal"]: the MFA reset is offered in 1:1 chat only`);
    }
    const lists = arr(bot?.['commandLists']);
    if (lists.length === 0) errors.push(`/bots/${b}/commandLists must list the bot's commands`);
    lists.forEach((listValue, l) => {
      const list = obj(listValue);
      arr(list?.['commands']).forEach((cmdValue, c) => {
        const cmd = obj(cmdValue);
        const title = cmd?.['title'];
        const at = `/bots/${b}/commandLists/${l}/commands/${c}`;
        if (typeof title !== 'string' || title.trim() === '') errors.push(`${at}/title must not be empty`);
        else if (title.length > COMMAND_TITLE_MAX) errors.push(`${at}/title must be at most ${COMMAND_TITLE_MAX} characters, is ${title.length}`);
        const description = cmd?.['description'];
        if (typeof description !== 'string' || description.trim() === '') errors.push(`${at}/description must not be empty`);
      });
    });
  });

  return errors;
}

/** Schema errors followed by rule errors; empty when the manifest is good to ship. */
export async function validateManifest(manifest: ManifestJson): Promise<string[]> {
  return [...(await validateAgainstOfficialSchema(manifest)), ...checkManifestRules(manifest)];
}
