/**
 * Layouts mirror in right to left because the styles use logical properties only (issue 15,
 * point 3): `margin-inline-start`, not `margin-left`. This check fails on any physical side in
 * the app's styles, unless a comment just above it says why it must be physical (the drag layer
 * follows the pointer's screen coordinates, which do not flip).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../src');
const PHYSICAL = [
  /\b(margin|padding|border)-(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
  /(^|[\s;{])(left|right)\s*:/,
  /\b(text-align|float|clear)\s*:\s*(left|right)\b/,
];

function cssFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Lines with a physical side and no "Physical …" comment in the five lines above. */
export function physicalSides(css: string): string[] {
  const lines = css.split('\n');
  return lines.flatMap((line, index) => {
    // Comments say what they like.
    const code = line.replace(/\/\*.*?\*\//g, '');
    if (/^\s*(\/\*|\*)/.test(code)) return [];
    if (!PHYSICAL.some((pattern) => pattern.test(code))) return [];
    const above = lines.slice(Math.max(0, index - 5), index).join('\n');
    return /\/\*[^]*Physical/i.test(above) ? [] : [`${String(index + 1)}: ${line.trim()}`];
  });
}

describe('logical properties only', () => {
  it('finds a physical side, and lets one through only with its reason above it', () => {
    expect(physicalSides('.a {\n  margin-left: 4px;\n}')).toEqual(['2: margin-left: 4px;']);
    expect(physicalSides('.a { text-align: right; }')).toHaveLength(1);
    expect(physicalSides('.a {\n  inset-inline-start: 0;\n  margin-inline: auto;\n}')).toEqual([]);
    expect(
      physicalSides('/* Physical left: the pointer does not flip. */\n.a {\n  left: 0;\n}'),
    ).toEqual([]);
  });

  it.each(cssFiles(SRC).map((file) => [file.slice(SRC.length + 1), file]))(
    '%s uses logical properties',
    (_name, file) => {
      expect(physicalSides(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );
});
