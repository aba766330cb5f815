/**
 * Every language Restory has words for holds exactly English's keys (issue 15, point 6): no key
 * missing, none English lacks. Plurals are compared by their base key, and each language must
 * have every plural form its own grammar uses (Intl.PluralRules: Polish "few" and "many", Welsh
 * "zero", "two", "few" and "many", Arabic all six), and no form it never uses — except "zero",
 * which i18next offers every language for a count of nothing ("No steps yet").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const locales = join(__dirname, '../../src/i18n/locales');
const labels = join(__dirname, '../../assets/starter/labels');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Words = { readonly [key: string]: string | Words };

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Words;

/** Every key path to a string ("find.found_one"). */
function keysOf(words: Words, prefix = ''): string[] {
  return Object.entries(words).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

/** Keys with plural forms folded to their base, and each base's forms. */
function shapeOf(keys: readonly string[]) {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of keys) {
    const form = PLURAL.exec(key);
    if (!form) {
      plain.add(key);
      continue;
    }
    const base = key.slice(0, form.index);
    plurals.set(base, (plurals.get(base) ?? new Set()).add(form[1] ?? ''));
  }
  return { plain, plurals };
}

/** Plural forms in order, without i18next's "zero", which any language may add. */
const withoutZero = (forms: Iterable<string>) => [...forms].filter((f) => f !== 'zero').sort();

const languages = readdirSync(locales).filter((language) => language !== 'en');

describe('words in every language', () => {
  const english = readdirSync(join(locales, 'en'));

  it('starts from English, whose plurals are "one" and "other" (and "zero" where it helps)', () => {
    expect(english.length).toBeGreaterThan(20);
    for (const file of english) {
      for (const used of shapeOf(keysOf(readJson(join(locales, 'en', file)))).plurals.values()) {
        expect(withoutZero(used), file).toEqual(['one', 'other']);
      }
    }
  });

  it.each(languages)('%s has every namespace English has, and no other', (language) => {
    expect(readdirSync(join(locales, language)).sort()).toEqual([...english].sort());
  });

  it.each(languages)('%s has exactly English’s keys, with its own plural forms', (language) => {
    const forms = new Set<string>(
      new Intl.PluralRules(language).resolvedOptions().pluralCategories,
    );
    for (const file of english) {
      const theirs = shapeOf(keysOf(readJson(join(locales, language, file))));
      const ours = shapeOf(keysOf(readJson(join(locales, 'en', file))));
      expect([...theirs.plain].sort(), `${language}/${file}`).toEqual([...ours.plain].sort());
      expect([...theirs.plurals.keys()].sort(), `${language}/${file}`).toEqual(
        [...ours.plurals.keys()].sort(),
      );
      for (const [base, used] of theirs.plurals) {
        expect(withoutZero(used), `${language}/${file}: ${base}`).toEqual(withoutZero(forms));
      }
    }
  });

  it.each(languages)('%s names every built-in card and board English names', (language) => {
    const file = join(labels, `${language}.json`);
    const theirs = readJson(file);
    const ours = readJson(join(labels, 'en.json'));
    expect(theirs['language']).toBe(language);
    for (const part of ['labels', 'past', 'canDo']) {
      const keys = (words: Words) => Object.keys((words[part] ?? {}) as Words).sort();
      expect(keys(theirs), `${language}: ${part}`).toEqual(keys(ours));
    }
  });
});
