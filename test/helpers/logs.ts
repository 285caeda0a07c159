import { Writable } from 'node:stream';

/** Collects pino's JSON lines so tests can assert on logs (and scan them for secrets). */
export class LogCapture extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.lines.push(line);
    cb();
  }

  records(): Record<string, unknown>[] {
    return this.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  audits(): Record<string, unknown>[] {
    return this.records()
      .map((r) => r.audit as Record<string, unknown> | undefined)
      .filter((a): a is Record<string, unknown> => a !== undefined);
  }

  text(): string {
    return this.lines.join('\n');
  }
}
