/**
 * The project's deployment files, read for the static checks in test/deploy/: infra/*.bicep (with
 * the small reader in bicep.ts), infra/azure.parameters.json, m365agents.yml and env/.env.dev.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { arrayItems, nameValuePairs, parseBicep, prop, type BicepFile, type BicepResource } from './bicep.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function readRepoFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

export const loadMain = (): BicepFile => parseBicep(readRepoFile('infra/azure.bicep'));
export const loadBotRegistration = (): BicepFile => parseBicep(readRepoFile('infra/botRegistration/azurebot.bicep'));

export interface ParametersFile {
  readonly parameters: Record<string, { value?: unknown; reference?: unknown }>;
}
export const loadParameters = (): ParametersFile => JSON.parse(readRepoFile('infra/azure.parameters.json')) as ParametersFile;

export interface YamlStep {
  readonly uses: string;
  readonly name?: string;
  readonly with?: Record<string, unknown>;
  readonly writeToEnvironmentFile?: Record<string, string>;
}
export interface AgentsProject {
  readonly version: string;
  readonly environmentFolderPath?: string;
  readonly provision: YamlStep[];
  readonly deploy: YamlStep[];
  readonly publish: YamlStep[];
}
export const loadProject = (): AgentsProject => parseYaml(readRepoFile('m365agents.yml')) as AgentsProject;
export const loadDevEnv = (): Record<string, string | undefined> => parseEnv(readRepoFile('env/.env.dev'));

/** Every `${{NAME}}` placeholder in a text. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1] as string);
}

/** The one resource of an Azure type (fails when there is none or more than one). */
export function resourceOfType(file: BicepFile, type: string): BicepResource {
  const found = [...file.resources.values()].filter((r) => r.type.toLowerCase() === type.toLowerCase());
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0] as BicepResource;
}

interface AppSetting {
  readonly name: string;
  /** The Bicep value expression. */
  readonly value: string;
  /** Set only when this parameter is non-empty (`empty(param) ? [] : [...]`). */
  readonly onlyWhenSet: string | undefined;
}

export interface WebAppSettings {
  readonly settings: AppSetting[];
  /** Parameters whose object entries become app settings by name (`[for item in items(p): ...]`). */
  readonly dynamicFrom: string[];
}

/**
 * The Web App's app settings: `siteConfig.appSettings` is an array literal of name/value objects,
 * or `concat(...)` of vars that are such arrays, guarded arrays (`empty(p) ? [] : [...]`) or a
 * `[for item in items(p): { name: item.key value: item.value }]` over an object parameter.
 */
export function webAppSettings(file: BicepFile): WebAppSettings {
  const site = resourceOfType(file, 'Microsoft.Web/sites');
  const expr = prop(site.body, 'properties', 'siteConfig', 'appSettings');
  if (expr === undefined) throw new Error('the Web App has no siteConfig.appSettings');
  const settings: AppSetting[] = [];
  const dynamicFrom: string[] = [];

  const fromArrayPart = (part: string): void => {
    const guarded = /^empty\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*\?\s*\[\s*\]\s*:\s*(\[[\s\S]*\])$/.exec(part);
    if (guarded) {
      for (const p of nameValuePairs(guarded[2] as string)) settings.push({ ...p, onlyWhenSet: guarded[1] as string });
      return;
    }
    const loop = /^\[\s*for\s+(\w+)\s+in\s+items\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*:\s*\{\s*name:\s*\1\.key\s+value:\s*\1\.value\s*\}\s*\]$/.exec(part);
    if (loop) {
      dynamicFrom.push(loop[2] as string);
      return;
    }
    if (part.startsWith('[')) {
      const items = arrayItems(part);
      const pairs = nameValuePairs(part);
      if (pairs.length !== items.length) throw new Error(`an app settings array holds something other than { name: '...' value: ... }: ${part.slice(0, 80)}`);
      for (const p of pairs) settings.push({ ...p, onlyWhenSet: undefined });
      return;
    }
    const concat = /^concat\(([\s\S]*)\)$/.exec(part);
    if (concat) {
      for (const arg of arrayItems(`[${concat[1] as string}]`)) fromArrayPart(arg);
      return;
    }
    const variable = file.vars.get(part);
    if (variable !== undefined) {
      fromArrayPart(variable);
      return;
    }
    throw new Error(`cannot read app settings from ${JSON.stringify(part.slice(0, 80))}`);
  };
  fromArrayPart(expr.trim());
  return { settings, dynamicFrom };
}
