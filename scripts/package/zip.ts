/**
 * Writing the app package zip (yazl), reproducibly, and a minimal reader used to check it.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { ZipFile } from 'yazl';

export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

/**
 * Fixed timestamp for every entry. Built from local-time components and stored as a plain DOS
 * timestamp (no UTC extra field), so the bytes are the same in every time zone.
 */
const ZIP_MTIME = (): Date => new Date(2020, 0, 1, 0, 0, 0);
const FILE_MODE = 0o100644;

/** The zip as a buffer; same entries in, same bytes out. */
export function zipBuffer(entries: readonly ZipEntry[]): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const zip = new ZipFile();
    for (const { name, data } of entries) {
      zip.addBuffer(data, name, { mtime: ZIP_MTIME(), mode: FILE_MODE, compress: true, forceDosTimestamp: true });
    }
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolvePromise(Buffer.concat(chunks)));
    zip.end();
  });
}

/** Write the zip to `file` (creating its folder); replaces an existing file atomically. */
export async function writeZip(file: string, entries: readonly ZipEntry[]): Promise<void> {
  const bytes = await zipBuffer(entries);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

/**
 * Read every entry of a (non-zip64, unencrypted) zip: stored or deflated, CRC-checked.
 * Enough to check our own packages; not a general-purpose unzip.
 */
export function readZip(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: end of central directory not found');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== CEN_SIG) throw new Error(`bad central directory entry ${n}`);
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressedSize = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;

    if (flags & 0x1) throw new Error(`${name}: encrypted entries are not supported`);
    if (zip.readUInt32LE(localOffset) !== LOC_SIG) throw new Error(`${name}: bad local header`);
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(start, start + compressedSize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw);
    else throw new Error(`${name}: unsupported compression method ${method}`);
    if (data.length !== size) throw new Error(`${name}: size mismatch`);
    if (crc32(data) >>> 0 !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, data });
  }
  return entries;
}
