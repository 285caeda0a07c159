import type { Config } from './config.js';

/** One line for an operator: what went wrong listening, and which variable to change. */
export function listenFailure(err: NodeJS.ErrnoException, config: Pick<Config, 'host' | 'port'>): string {
  switch (err.code) {
    case 'EADDRINUSE':
      return `Cannot start: port ${config.port} on ${config.host} is already in use. Stop the other process or set PORT to a free port.`;
    case 'EACCES':
      return `Cannot start: port ${config.port} needs privileges on this machine. Set PORT to a port above 1023.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
    case 'EINVAL':
      return `Cannot start: HOST=${config.host} is not an address of this machine. Set HOST to 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).`;
    default:
      return `Cannot start listening on ${config.host}:${config.port} (${err.code ?? 'unknown error'}). Check HOST and PORT.`;
  }
}

/**
 * What a newcomer does next, printed once after start-up. Demo mode binds IPv4 loopback, so the
 * commands say 127.0.0.1 (`localhost` may resolve to ::1 and miss it).
 */
export function nextSteps(mode: Config['mode'], url: string): string {
  // Production logs its JSON line only: stderr stays for problems.
  if (mode === 'production') return '';
  return [
    `MFA reset bot listening on ${url} (DEMO MODE: simulated tenant, no real account is touched; do not expose it).`,
    'Next: talk to it from',
    `  - the Bot Framework Emulator: Open Bot, Bot URL ${url}, App ID and password empty; or`,
    `  - the Agents Playground, in a second terminal: npx @microsoft/m365agentsplayground -e ${url} -c msteams --disable-telemetry`,
    '    (see "Microsoft 365 Agents Playground" in README.md: run it on a trusted machine only)',
    'Then say "reset my MFA".',
    '',
  ].join('\n');
}
