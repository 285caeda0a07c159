import { PNG } from 'pngjs';

/** Teams icon requirements (apps-package.md). */
export const ICON_SPECS = {
  color: { width: 192, height: 192 },
  outline: { width: 32, height: 32 },
} as const;

export type IconKind = keyof typeof ICON_SPECS;

export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes per pixel, row-major. */
  readonly data: Buffer;
}

export function decodePng(buffer: Buffer): DecodedPng {
  const png = PNG.sync.read(buffer);
  return { width: png.width, height: png.height, data: png.data };
}

export function encodePng(image: DecodedPng): Buffer {
  const png = new PNG({ width: image.width, height: image.height });
  image.data.copy(png.data);
  return PNG.sync.write(png, { colorType: 6 });
}

/**
 * Make an outline icon acceptable to Teams: every pixel with any alpha becomes pure white
 * (anti-aliased edges keep their alpha); fully transparent pixels become (0,0,0,0).
 */
export function whitenOutline(image: DecodedPng): DecodedPng {
  const data = Buffer.from(image.data);
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] === 0) {
      data[i] = 0;
      data[i + 1] = 0;
      data[i + 2] = 0;
    } else {
      data[i] = 255;
      data[i + 1] = 255;
      data[i + 2] = 255;
    }
  }
  return { width: image.width, height: image.height, data };
}

/** Problems with an icon, as human-readable strings; empty when the icon is fine. */
export function checkIcon(kind: IconKind, buffer: Buffer, label: string = `${kind} icon`): string[] {
  let image: DecodedPng;
  try {
    image = decodePng(buffer);
  } catch (err) {
    return [`${label} is not a readable PNG: ${(err as Error).message}`];
  }
  const spec = ICON_SPECS[kind];
  const errors: string[] = [];
  if (image.width !== spec.width || image.height !== spec.height) {
    errors.push(`${label} must be ${spec.width}x${spec.height} px, is ${image.width}x${image.height}`);
  }
  if (kind === 'outline') {
    let offending = 0;
    let opaque = 0;
    let first: string | undefined;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b, a] = [image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3]];
      if (a === 0) continue;
      opaque++;
      if (r !== 255 || g !== 255 || b !== 255) {
        offending++;
        if (first === undefined) {
          const px = i / 4;
          first = `(${px % image.width},${Math.floor(px / image.width)}) = rgba(${r},${g},${b},${a})`;
        }
      }
    }
    if (offending > 0) {
      errors.push(`${label} must be white (255,255,255) wherever it is not fully transparent; ${offending} pixel(s) are not, first at ${first}`);
    }
    if (opaque === 0) errors.push(`${label} is fully transparent`);
  } else {
    // A blank square is not an icon: require some variation in the colour icon.
    const firstPixel = image.data.readUInt32BE(0);
    let varied = false;
    for (let i = 4; i < image.data.length; i += 4) {
      if (image.data.readUInt32BE(i) !== firstPixel) {
        varied = true;
        break;
      }
    }
    if (!varied) errors.push(`${label} is a single flat colour`);
  }
  return errors;
}
