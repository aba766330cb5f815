import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import common from './locales/en/common.json';
import { setUpI18n } from './setup';

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
