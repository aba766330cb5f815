/**
 * Every language Restory has words for holds exactly English's keys (issue 15, point 6): no key
 * missing, none English lacks. Plurals are compared by their base key, and each language must
 * have every plural form its own grammar uses (Intl.PluralRules: Polish "few" and "many", Welsh
 * "zero", "two", "few" and "many", Arabic all six), and no form it never uses — except "zero",
 * which i18next offers every language for a count of nothing ("No steps yet").
 *
 * The one addition a language may make: where its words for the individual change with their
 * grammatical gender, a `_feminine` and `_masculine` variant of an English key (i18next's context,
 * which Together's `t` sets from the person's profile: "feeling.heading_feminine", or
 * "seconds_feminine_few" for a plural, in that language's own plural forms). Only in the
 * namespaces of the individual's words, and only of a key English has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentNamespaces } from '../../src/i18n/content-language';
import { parseLabels } from '../../src/domain/starter-content';

const locales = join(__dirname, '../../src/i18n/locales');
const labels = join(__dirname, '../../assets/starter/labels');
const PLURAL = /_(zero|one|two|few|many|other)$/;
const GENDERED = /_(feminine|masculine)$/;

/** The namespaces of the individual's screens, where their grammatical gender applies. */
const GENDERED_NAMESPACES: ReadonlySet<string> = new Set(contentNamespaces);

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

/** The keys of one namespace in one language, with English's keys of the same namespace. */
interface KeysToCompare {
  readonly theirs: readonly string[];
  readonly english: readonly string[];
  /** The plural forms the language uses (Intl.PluralRules). */
  readonly pluralForms: ReadonlySet<string>;
  /** Whether the namespace may hold gendered variants (GENDERED_NAMESPACES). */
  readonly mayGender: boolean;
}

/**
 * What is wrong with a language's keys against English's, one line a problem ([] when none): a
 * key missing, a key English lacks, plural forms not the language's own. A gendered variant
 * counts as a key English has when English has its base key (plain, or plural for a plural
 * variant) and the namespace may hold one.
 */
function keyProblems({ theirs, english, pluralForms, mayGender }: KeysToCompare): string[] {
  const ours = shapeOf(english);
  const englishKeys = new Set(english);
  const isVariant = (key: string) =>
    !englishKeys.has(key) && GENDERED.test(key.replace(PLURAL, ''));
  const plain = shapeOf(theirs.filter((key) => !isVariant(key)));
  const problems: string[] = [];
  const compare = (kind: string, got: Iterable<string>, wanted: Iterable<string>) => {
    const have = new Set(got);
    const want = new Set(wanted);
    for (const key of want) if (!have.has(key)) problems.push(`missing ${kind}: ${key}`);
    for (const key of have) if (!want.has(key)) problems.push(`not in English (${kind}): ${key}`);
  };
  const checkForms = (base: string, used: Iterable<string>) => {
    const got = withoutZero(used).join(' ');
    const want = withoutZero(pluralForms).join(' ');
    if (got !== want) problems.push(`plural forms of ${base}: ${got}, not ${want}`);
  };
  compare('key', plain.plain, ours.plain);
  compare('plural', plain.plurals.keys(), ours.plurals.keys());
  for (const [base, used] of plain.plurals) checkForms(base, used);

  const variants = shapeOf(theirs.filter(isVariant));
  const baseOf = (key: string) => key.replace(GENDERED, '');
  for (const key of variants.plain) {
    if (!mayGender) problems.push(`gendered outside the individual’s words: ${key}`);
    else if (!ours.plain.has(baseOf(key))) problems.push(`gendered, but not in English: ${key}`);
  }
  for (const [key, used] of variants.plurals) {
    if (!mayGender) problems.push(`gendered outside the individual’s words: ${key}`);
    else if (!ours.plurals.has(baseOf(key))) problems.push(`gendered, but not in English: ${key}`);
    else checkForms(key, used);
  }
  return problems;
}

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
    const pluralForms = new Set<string>(
      new Intl.PluralRules(language).resolvedOptions().pluralCategories,
    );
    for (const file of english) {
      const problems = keyProblems({
        theirs: keysOf(readJson(join(locales, language, file))),
        english: keysOf(readJson(join(locales, 'en', file))),
        pluralForms,
        mayGender: GENDERED_NAMESPACES.has(file.replace(/\.json$/, '')),
      });
      expect(problems, `${language}/${file}`).toEqual([]);
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

  it.each(languages)(
    '%s gives a feminine or masculine form only where the word changes',
    (language) => {
      // parseLabels refuses a form of a word the file lacks; a form equal to the word is noise.
      const words = parseLabels(readJson(join(labels, `${language}.json`)), language);
      for (const gender of ['feminine', 'masculine'] as const) {
        for (const part of ['labels', 'past'] as const) {
          const same = Object.entries(words[gender]?.[part] ?? {}).filter(
            ([id, form]) => words[part][id] === form,
          );
          expect(same, `${language}: ${gender} ${part}`).toEqual([]);
        }
      }
    },
  );

  it('has Spanish feelings in the feminine, and no gendered words in English', () => {
    const spanish = parseLabels(readJson(join(labels, 'es.json')), 'es');
    expect(spanish.feminine?.labels['feeling-angry']).toBe('enfadada');
    const english = readJson(join(labels, 'en.json'));
    expect(english['feminine'] ?? english['masculine']).toBeUndefined();
  });
});

describe('the key check', () => {
  const polish = new Set(['one', 'few', 'many', 'other']);
  const english = ['heading', 'link.sentence', 'seconds_one', 'seconds_other'];
  const polishKeys = ['heading', 'link.sentence', 'seconds_one', 'seconds_few', 'seconds_many'];
  const check = (extra: readonly string[], mayGender = true) =>
    keyProblems({
      theirs: [...polishKeys, 'seconds_other', ...extra],
      english,
      pluralForms: polish,
      mayGender,
    });

  it('accepts English’s keys in the language’s plural forms, and gendered variants of them', () => {
    expect(check([])).toEqual([]);
    expect(check(['link.sentence_feminine', 'link.sentence_masculine'])).toEqual([]);
    expect(
      check([
        'seconds_feminine_one',
        'seconds_feminine_few',
        'seconds_feminine_many',
        'seconds_feminine_other',
      ]),
    ).toEqual([]);
  });

  it('refuses a gendered variant whose base key English lacks', () => {
    expect(check(['link.question_feminine'])).toEqual([
      'gendered, but not in English: link.question_feminine',
    ]);
    // A plain variant of a plural key, or a plural variant of a plain one, has no base either.
    expect(check(['seconds_masculine', 'heading_feminine_one', 'heading_feminine_other'])).toEqual([
      'gendered, but not in English: seconds_masculine',
      'gendered, but not in English: heading_feminine',
    ]);
  });

  it('refuses gendered variants outside the individual’s words, and a variant’s missing forms', () => {
    expect(check(['heading_feminine'], false)).toEqual([
      'gendered outside the individual’s words: heading_feminine',
    ]);
    expect(check(['seconds_feminine_one', 'seconds_feminine_other'])).toEqual([
      'plural forms of seconds_feminine: one other, not few many one other',
    ]);
  });

  it('still refuses a key missing or one English lacks', () => {
    expect(
      keyProblems({
        theirs: ['heading', 'extra'],
        english: ['heading', 'other'],
        pluralForms: polish,
        mayGender: true,
      }),
    ).toEqual(['missing key: other', 'not in English (key): extra']);
  });
});
