/**
 * The Bot Framework channel's endpoints per national cloud, as botbuilder's own configuration keys
 * (the names ConfigurationBotFrameworkAuthentication reads). botbuilder ships constants for Public
 * and US Gov only; DoD and China values are Microsoft's published ones (bot-docs "Azure operated
 * by 21Vianet", the Teams SDK's cloud environments). GRAPH_CLOUD moves Graph; BOT_CLOUD moves this.
 */
export type BotCloud = 'Public' | 'USGov' | 'USGovDoD' | 'China';

export interface BotFrameworkEndpoints {
  /** '' for the public cloud; botbuilder uses it to pick its built-in constants. */
  readonly ChannelService: string;
  readonly ToChannelFromBotLoginUrl: string;
  readonly ToChannelFromBotOAuthScope: string;
  readonly ToBotFromChannelTokenIssuer: string;
  readonly OAuthUrl: string;
  readonly ToBotFromChannelOpenIdMetadataUrl: string;
  readonly ToBotFromEmulatorOpenIdMetadataUrl: string;
  readonly CallerId: string;
}

/** botbuilder's keys an operator may set directly; each wins over the BOT_CLOUD value. */
export const BOT_FRAMEWORK_KEYS = [
  'ChannelService',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'ToBotFromChannelTokenIssuer',
  'OAuthUrl',
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromEmulatorOpenIdMetadataUrl',
  'CallerId',
] as const satisfies readonly (keyof BotFrameworkEndpoints)[];

/** Keys whose value botbuilder fetches: https only, except a loopback host (a local test double). */
export const FETCHED_KEYS: ReadonlySet<keyof BotFrameworkEndpoints> = new Set([
  'ToChannelFromBotLoginUrl',
  'OAuthUrl',
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromEmulatorOpenIdMetadataUrl',
]);

const US_GOV = {
  ChannelService: 'https://botframework.azure.us',
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us',
  ToChannelFromBotOAuthScope: 'https://api.botframework.us',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.us',
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.azure.us/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azureusgov',
} as const;

export const BOT_CLOUDS: Readonly<Record<BotCloud, BotFrameworkEndpoints & { readonly serviceUrlHosts: readonly string[] }>> = {
  Public: {
    ChannelService: '',
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
    ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    CallerId: 'urn:botframework:azure',
    // GCC (moderate) tenants use the public Bot Framework with their own connector host.
    serviceUrlHosts: ['smba.trafficmanager.net', 'smba.onyx.prod.teams.trafficmanager.net', 'smba.infra.gcc.teams.microsoft.com'],
  },
  USGov: { ...US_GOV, OAuthUrl: 'https://tokengcch.botframework.azure.us', serviceUrlHosts: ['smba.infra.gov.teams.microsoft.us'] },
  USGovDoD: { ...US_GOV, OAuthUrl: 'https://apiDoD.botframework.azure.us', serviceUrlHosts: ['smba.infra.dod.teams.microsoft.us'] },
  China: {
    ChannelService: 'https://botframework.azure.cn',
    ToChannelFromBotLoginUrl: 'https://login.partner.microsoftonline.cn/microsoftservices.partner.onmschina.cn',
    ToChannelFromBotOAuthScope: 'https://api.botframework.azure.cn',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.azure.cn',
    OAuthUrl: 'https://token.botframework.azure.cn',
    ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.azure.cn/v1/.well-known/openidconfiguration',
    ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.partner.microsoftonline.cn/common/v2.0/.well-known/openid-configuration',
    CallerId: 'urn:botframework:azure',
    serviceUrlHosts: ['frontend.botapi.msg.infra.teams.microsoftonline.cn'],
  },
};

/** 127.0.0.0/8, ::1 and localhost: the only hosts a plain http:// URL may name. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
