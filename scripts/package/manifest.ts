/**
 * Fill manifest.template.json. Placeholders `${{NAME}}` are replaced inside parsed JSON string
 * values only, so a configured value can never change the JSON structure.
 */
import type { PackageInputs } from './inputs.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type ManifestJson = { [key: string]: Json };

const PLACEHOLDER = /\$\{\{([A-Za-z0-9_]+)\}\}/g;

function placeholderValues(inputs: PackageInputs): Readonly<Record<string, string>> {
  return {
    BOT_ID: inputs.botId,
    APP_ID: inputs.appId,
    VERSION: inputs.version,
    DEVELOPER_NAME: inputs.developerName,
    WEBSITE_URL: inputs.websiteUrl,
    PRIVACY_URL: inputs.privacyUrl,
    TERMS_URL: inputs.termsUrl,
  };
}

/** Replace every `${{NAME}}` in string values (not keys). Unknown names throw. */
export function fillPlaceholders(value: Json, values: Readonly<Record<string, string>>, path = ''): Json {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_match, name: string) => {
      const replacement = Object.hasOwn(values, name) ? values[name] : undefined;
      if (replacement === undefined) throw new Error(`Unknown placeholder \${{${name}}} at ${path || '/'} in the manifest template`);
      return replacement;
    });
  }
  if (Array.isArray(value)) return value.map((item, i) => fillPlaceholders(item, values, `${path}/${i}`));
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) out[key] = fillPlaceholders(item, values, `${path}/${key}`);
    return out;
  }
  return value;
}

/** Paths of string values that still contain a `${{…}}` placeholder. */
export function findPlaceholders(value: Json, path = ''): string[] {
  if (typeof value === 'string') return /\$\{\{/.test(value) ? [path || '/'] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => findPlaceholders(item, `${path}/${i}`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => findPlaceholders(item, `${path}/${key}`));
  }
  return [];
}

/** The manifest for these inputs, from the parsed template. Does not validate. */
export function buildManifest(template: Json, inputs: PackageInputs): ManifestJson {
  if (template === null || typeof template !== 'object' || Array.isArray(template)) {
    throw new Error('The manifest template must be a JSON object');
  }
  return fillPlaceholders(template, placeholderValues(inputs)) as ManifestJson;
}

/** File name for the zip: manifest short name + version, e.g. `mfa-reset-1.0.0.zip`. */
export function packageFileName(manifest: ManifestJson): string {
  const name = manifest['name'];
  const short = name !== null && typeof name === 'object' && !Array.isArray(name) ? name['short'] : undefined;
  const slug = (typeof short === 'string' ? short : 'teams-app')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const version = typeof manifest['version'] === 'string' ? manifest['version'] : '0.0.0';
  return `${slug || 'teams-app'}-${version}.zip`;
}
