// @vitest-environment jsdom
import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import common from './locales/en/common.json';
import summary from './locales/en/summary.json';
import { preferredLanguage, setUpI18n } from './setup';

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('languages', () => {
  it('marks the page with the language and its direction', async () => {
    await setUpI18n('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    await i18n.changeLanguage('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    await i18n.changeLanguage('en');
  });

  it("follows the tablet's language and keeps its region for dates", async () => {
    expect(preferredLanguage(['de-DE', 'en-GB', 'en-US'], null)).toBe('en-GB');
    expect(preferredLanguage(['pl-PL', 'en-GB'], null)).toBe('pl-PL');
    expect(preferredLanguage(['de-DE'], null)).toBe('en');
    // Staff's choice in Settings wins over the tablet's languages.
    expect(preferredLanguage(['en-GB'], 'cy')).toBe('cy');
    expect(preferredLanguage(['en-GB'], 'xx')).toBe('en-GB');
    await setUpI18n('en-GB');
    expect(i18n.t('nav.people')).toBe('People');
    expect(
      new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(0),
    ).toBe('1 January 1970');
    await i18n.changeLanguage('en');
  });

  it('uses calm, non-judgemental words everywhere', () => {
    const judgemental = /\b(bad|naughty|wrong|fault|punish\w*)\b/i;
    expect(allStrings(common).filter((s) => judgemental.test(s))).toEqual([]);
  });

  it('keeps the stable English names that people and tests rely on', () => {
    expect(common.nav).toMatchObject({
      people: 'People',
      library: 'Library',
      settings: 'Settings',
    });
    expect(common.people.add).toBe('Add person');
    expect(common.people.startTogether).toBe('Start together');
    expect(common.together.steps['what-happened']).toBe('What happened?');
    expect(common.story).toMatchObject({
      label: 'Story',
      step: 'Step {{number}}',
      addStep: 'Add step',
    });
  });
});

describe('typed words in the app’s sentences', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';

  it('puts a name with a right-to-left override into the sentence isolated', async () => {
    await setUpI18n('en');
    expect(i18n.t('profile:delete.secondYes', { name: '\u202eBob' })).toBe(
      `Erase ${FSI}\u202eBob${PDI} for good`,
    );
    expect(i18n.t('profile:delete.secondYes', { name: 'Bob' })).toBe('Erase Bob for good');
    // Numbers stay plain: "3 steps", not an isolated "3".
    expect(i18n.t('person.steps', { count: 3 })).toBe('3 steps');
  });

  it('isolates every value once the page reads right to left', async () => {
    await setUpI18n('en');
    await i18n.changeLanguage('ar');
    // In Arabic's words where they exist, else English's: either way the name is isolated.
    const words = i18n.t('profile:delete.secondYes', { name: 'Bob' });
    expect(words).toContain(`${FSI}Bob${PDI}`);
    expect(words).not.toContain('{{');
    await i18n.changeLanguage('en');
  });
});

describe('words that load with their screen', () => {
  it('reads a namespace the first screen does not bundle when it is first asked for', async () => {
    await setUpI18n('en');
    i18n.removeResourceBundle('en', 'summary');
    expect(i18n.exists('summary:heading')).toBe(false);
    await i18n.loadNamespaces('summary');
    expect(i18n.t('summary:heading', { name: 'Robin' })).toBe(
      summary.heading.replace('{{name}}', 'Robin'),
    );
  });
});
