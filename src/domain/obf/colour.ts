/**
 * Button colours as OBF files write them — `rgb(0, 0, 55)`, `rgba(200, 255, 255, 0.2)`, `#fc0`,
 * `#ffcc00`, `#ffcc0080`, percentages, CSS 4 space syntax — normalised to `#rrggbb`. A
 * translucent colour is blended onto white, as the spec suggests, rather than losing its alpha.
 */

/** Words that mean "no colour": no colour, and nothing to warn about. */
const NO_COLOUR = new Set(['', 'none', 'transparent']);

export const isNoColour = (text: string): boolean => NO_COLOUR.has(text.trim().toLowerCase());

const clampByte = (value: number) => Math.round(Math.min(255, Math.max(0, value)));
const hex2 = (value: number) => clampByte(value).toString(16).padStart(2, '0');

/** Blends a colour of this opacity (0–1) onto white. */
function onWhite(channels: readonly number[], alpha: number): string {
  const a = Math.min(1, Math.max(0, alpha));
  return `#${channels.map((c) => hex2(c * a + 255 * (1 - a))).join('')}`;
}

function fromHex(text: string): string | undefined {
  const digits = text.slice(1);
  if (!/^[0-9a-f]+$/.test(digits) || ![3, 4, 6, 8].includes(digits.length)) return undefined;
  const full = digits.length <= 4 ? digits.replace(/./g, (d) => d + d) : digits;
  const values = (full.match(/../g) ?? []).map((pair) => parseInt(pair, 16));
  return onWhite(values.slice(0, 3), values.length === 4 ? (values[3] ?? 255) / 255 : 1);
}

/** A number or a percentage of `whole`; NaN when it is neither. */
function amount(part: string, whole: number): number {
  const isPercent = part.endsWith('%');
  const value = Number(isPercent ? part.slice(0, -1) : part);
  return part === '' || !Number.isFinite(value) ? NaN : isPercent ? (value / 100) * whole : value;
}

function fromFunction(text: string): string | undefined {
  const match = /^rgba?\((.*)\)$/.exec(text);
  if (!match) return undefined;
  const parts = (match[1] ?? '').split(/[\s,/]+/).filter((part) => part !== '');
  if (parts.length !== 3 && parts.length !== 4) return undefined;
  const channels = parts.slice(0, 3).map((part) => amount(part, 255));
  const alpha = parts[3] === undefined ? 1 : amount(parts[3], 1);
  if ([...channels, alpha].some(Number.isNaN)) return undefined;
  return onWhite(channels, alpha);
}

/** `#rrggbb`, or undefined when the text is not a colour we can read. */
export function parseColour(text: string): string | undefined {
  const clean = text.trim().toLowerCase();
  return clean.startsWith('#') ? fromHex(clean) : fromFunction(clean);
}

/** `#rrggbb` as OBF writes colours: `rgb(r, g, b)`. */
export function toObfColour(colour: string): string | undefined {
  const hex = parseColour(colour);
  if (!hex) return undefined;
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r ?? 0}, ${g ?? 0}, ${b ?? 0})`;
}
