/**
 * The app's own words in any of its languages, read from the words files the app is built from,
 * so a journey in Arabic finds its buttons by the names an Arabic reader hears, as the English
 * journeys do by the stable English names.
 */
import { readFileSync } from 'node:fs';

type Words = { readonly [key: string]: string | Words };

const cache = new Map<string, Words>();

function fileOf(language: string, namespace: string): Words {
  const path = `src/i18n/locales/${language}/${namespace}.json`;
  let words = cache.get(path);
  if (!words) {
    words = JSON.parse(readFileSync(path, 'utf8')) as Words;
    cache.set(path, words);
  }
  return words;
}

/** One string by its key path ("together.steps.finish"). */
export function wordOf(language: string, namespace: string, path: string): string {
  let at: string | Words | undefined = fileOf(language, namespace);
  for (const part of path.split('.')) at = typeof at === 'object' ? at[part] : undefined;
  if (typeof at !== 'string') throw new Error(`No words for ${language}/${namespace}:${path}`);
  return at;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A whole name made from a sentence with values ("الخطوة {{number}}"): each value may come
 * isolated (U+2068 … U+2069), as the app puts values into a sentence of another direction.
 */
export function namedBy(
  template: string,
  values: Readonly<Record<string, string | number>>,
): RegExp {
  const pattern = template
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const key = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
      if (key === undefined) return escape(part);
      const value = values[key];
      if (value === undefined) throw new Error(`No value for {{${key}}}`);
      return `\u2068?${escape(String(value))}\u2069?`;
    })
    .join('');
  return new RegExp(`^${pattern}$`);
}
