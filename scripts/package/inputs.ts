/**
 * The values that go into the manifest, taken from the environment (the same variables
 * `npm start` reads, plus a few APP_* ones for the package only) and from package.json.
 */

/** Clearly fake, but a valid GUID, so a demo package still passes the schema. */
export const DEMO_BOT_ID = '00000000-0000-4000-8000-000000000000';

const DEFAULT_DEVELOPER = {
  developerName: 'IT Service Desk',
  websiteUrl: 'https://example.com/mfa-reset',
  privacyUrl: 'https://example.com/mfa-reset/privacy',
  termsUrl: 'https://example.com/mfa-reset/terms',
} as const;

export interface PackageInputs {
  /** The Azure Bot's Microsoft App ID (= MicrosoftAppId), or DEMO_BOT_ID. */
  readonly botId: string;
  /** The Teams app id (manifest `id`). */
  readonly appId: string;
  /** package.json version. */
  readonly version: string;
  readonly developerName: string;
  readonly websiteUrl: string;
  readonly privacyUrl: string;
  readonly termsUrl: string;
  /** True when MicrosoftAppId is not set: the package points at a bot that does not exist. */
  readonly demo: boolean;
}

/** A bad environment variable (or package.json field), named in the message. */
export class PackageConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`);
    this.name = 'PackageConfigError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Teams app versions are plain MAJOR.MINOR.PATCH (no pre-release or build suffix). */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const DEVELOPER_NAME_MAX = 32;

function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** Trimmed value, or undefined when unset or blank (like the bot's own config). */
function read(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

function describe(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

function guid(env: NodeJS.ProcessEnv, name: string, what: string): string | undefined {
  const v = read(env, name);
  if (v !== undefined && !isGuid(v)) {
    throw new PackageConfigError(name, `must be a GUID like 12345678-9abc-def0-1234-56789abcdef0 (${what}), got ${describe(v)}`);
  }
  return v;
}

function httpsUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = read(env, name);
  if (v === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new PackageConfigError(name, `must be an https:// URL, got ${describe(v)}`);
  }
  if (url.protocol !== 'https:') throw new PackageConfigError(name, `must be an https:// URL, got ${describe(v)}`);
  if (v.length > 2048) throw new PackageConfigError(name, 'must be at most 2048 characters');
  return v;
}

/**
 * Check the environment and package.json version and produce the manifest inputs.
 * Throws PackageConfigError naming the first bad variable; returns warnings for defaults that
 * must not reach production (demo bot id, example.com URLs).
 */
export function resolveInputs(env: NodeJS.ProcessEnv, version: unknown): { inputs: PackageInputs; warnings: string[] } {
  const warnings: string[] = [];

  if (typeof version !== 'string' || !SEMVER.test(version)) {
    throw new PackageConfigError('package.json "version"', `must be MAJOR.MINOR.PATCH for a Teams app package, got ${JSON.stringify(version)}`);
  }

  const configuredBotId = guid(env, 'MicrosoftAppId', "the Azure Bot's Microsoft App ID, i.e. the client id of its Entra app registration");
  const demo = configuredBotId === undefined;
  const botId = configuredBotId ?? DEMO_BOT_ID;
  if (demo) {
    warnings.push(
      `MicrosoftAppId is not set: this is a DEMO package with the placeholder bot id ${DEMO_BOT_ID}. ` +
        "It validates, but no bot will answer it in Teams. Set MicrosoftAppId (environment or .env) to your Azure Bot's app id for a real package.",
    );
  }

  const appId = guid(env, 'APP_PACKAGE_ID', 'the Teams app id') ?? botId;

  const developerName = read(env, 'APP_DEVELOPER_NAME');
  if (developerName !== undefined && developerName.length > DEVELOPER_NAME_MAX) {
    throw new PackageConfigError('APP_DEVELOPER_NAME', `must be at most ${DEVELOPER_NAME_MAX} characters, is ${developerName.length}`);
  }
  const websiteUrl = httpsUrl(env, 'APP_WEBSITE_URL');
  const privacyUrl = httpsUrl(env, 'APP_PRIVACY_URL');
  const termsUrl = httpsUrl(env, 'APP_TERMS_URL');

  const defaulted = [
    developerName === undefined ? 'APP_DEVELOPER_NAME' : undefined,
    websiteUrl === undefined ? 'APP_WEBSITE_URL' : undefined,
    privacyUrl === undefined ? 'APP_PRIVACY_URL' : undefined,
    termsUrl === undefined ? 'APP_TERMS_URL' : undefined,
  ].filter((v): v is string => v !== undefined);
  if (defaulted.length > 0) {
    warnings.push(
      `${defaulted.join(', ')} not set: using placeholder developer details (${DEFAULT_DEVELOPER.developerName}, https://example.com/…). ` +
        "Set them to your organisation's name, support page, privacy statement and terms of use before publishing.",
    );
  }

  return {
    inputs: {
      botId,
      appId,
      version,
      developerName: developerName ?? DEFAULT_DEVELOPER.developerName,
      websiteUrl: websiteUrl ?? DEFAULT_DEVELOPER.websiteUrl,
      privacyUrl: privacyUrl ?? DEFAULT_DEVELOPER.privacyUrl,
      termsUrl: termsUrl ?? DEFAULT_DEVELOPER.termsUrl,
      demo,
    },
    warnings,
  };
}
