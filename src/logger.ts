import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths redacted wherever they appear in a log record. Secrets never reach the output, even when
 * someone logs a whole request or config object by mistake.
 */
const REDACT = [
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'accessToken',
  '*.accessToken',
  'access_token',
  '*.access_token',
  'clientSecret',
  '*.clientSecret',
  'client_secret',
  'appPassword',
  '*.appPassword',
  'MicrosoftAppPassword',
  'privateKey',
  '*.privateKey',
  'signingKey',
  '*.signingKey',
  'token',
  '*.token',
  'confirmationToken',
  '*.confirmationToken',
];

/** `mixin`: fields added to every record (the active trace's ids, when telemetry is on). */
export function createLogger(level: string, destination?: DestinationStream, opts: { mixin?: () => object } = {}): Logger {
  return pino(
    {
      level,
      ...(opts.mixin ? { mixin: opts.mixin } : {}),
      base: { service: 'mfa-reset-bot' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
