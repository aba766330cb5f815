import type { ImageSource } from '../domain/types';

/** URL of a bundled OpenMoji SVG (emitted at build time by scripts/vite-plugin-openmoji.ts). */
export function symbolUrl(hexcode: string): string {
  return `${import.meta.env.BASE_URL}symbols/${hexcode}.svg`;
}

/** A URL for an image source, or undefined when it needs bytes from storage (media). */
export function imageUrl(source: ImageSource): string | undefined {
  return source.kind === 'symbol' ? symbolUrl(source.symbol) : undefined;
}
