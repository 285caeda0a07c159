/**
 * Renders the Teams app icons from their SVG sources, reproducibly:
 *   appPackage/icons/color.svg   -> appPackage/color.png   (192x192)
 *   appPackage/icons/outline.svg -> appPackage/outline.png (32x32, white on transparent)
 *
 * Run after a build: `npm run build && node dist/scripts/icons.js`. The PNGs are committed, so
 * `npm run package` does not need to run this.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { appPackagePaths, isMainModule } from './package/paths.js';
import { ICON_SPECS, type IconKind, checkIcon, decodePng, encodePng, whitenOutline } from './package/png.js';

/** Render one SVG to a PNG of exactly the Teams size for `kind`. */
export function renderIcon(kind: IconKind, svg: string | Buffer): Buffer {
  const { width } = ICON_SPECS[kind];
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false },
    shapeRendering: 2,
    logLevel: 'error',
  }).render();
  let image = decodePng(Buffer.from(rendered.asPng()));
  if (kind === 'outline') image = whitenOutline(image);
  // Re-encode with pngjs so the output bytes do not depend on resvg's encoder settings.
  return encodePng(image);
}

export function renderIcons(paths = appPackagePaths()): { kind: IconKind; file: string }[] {
  const written: { kind: IconKind; file: string }[] = [];
  for (const kind of Object.keys(ICON_SPECS) as IconKind[]) {
    const svg = readFileSync(join(paths.iconSources, `${kind}.svg`));
    const png = renderIcon(kind, svg);
    const problems = checkIcon(kind, png);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const file = join(paths.dir, `${kind}.png`);
    writeFileSync(file, png);
    written.push({ kind, file });
  }
  return written;
}

if (isMainModule(import.meta.url)) {
  for (const { kind, file } of renderIcons()) {
    const { width, height } = ICON_SPECS[kind];
    console.log(`${kind}: ${width}x${height} -> ${file}`);
  }
}
