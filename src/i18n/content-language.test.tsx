// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GrammaticalGender } from '../domain/types';
import {
  ContentLanguage,
  loadContentWords,
  useContentLanguage,
  useContentTranslation,
  wordsLanguageOf,
} from './content-language';
import { setUpI18n } from './setup';

const FSI = '\u2068';
const PDI = '\u2069';

function inLanguage(language: string, gender?: GrammaticalGender) {
  return ({ children }: { children: ReactNode }) => (
    <ContentLanguage language={language} gender={gender}>
      {children}
    </ContentLanguage>
  );
}

beforeAll(async () => {
  await setUpI18n('en');
  await Promise.all(['ar', 'pl', 'es'].map((language) => loadContentWords(language)));
});

describe('the person’s words beside the staff’s', () => {
  it('speaks a language Restory has words in, else the staff’s', () => {
    expect(wordsLanguageOf('es-MX', 'en')).toBe('es');
    expect(wordsLanguageOf('ar', 'pl')).toBe('ar');
    // Urdu cards can carry Urdu labels; the app's sentences come in the staff's language.
    expect(wordsLanguageOf('ur', 'pl')).toBe('pl');
  });

  it('gives the individual’s screens the person’s words, lang and dir; staff keep theirs', () => {
    const inside = renderHook(
      () => ({ words: useContentTranslation(), where: useContentLanguage() }),
      { wrapper: inLanguage('pl') },
    );
    expect(inside.result.current.words.t('together.next')).toBe('Dalej');
    expect(inside.result.current.where).toMatchObject({ language: 'pl', dir: 'ltr' });

    const arabic = renderHook(() => useContentLanguage(), { wrapper: inLanguage('ar') });
    expect(arabic.result.current).toMatchObject({ language: 'ar', dir: 'rtl' });

    // Outside Together: the staff's language.
    const outside = renderHook(() => useContentTranslation());
    expect(outside.result.current.t('together.next')).toBe('Next');
    expect(i18n.language).toBe('en');
  });

  it('puts a name into a right-to-left sentence isolated, though the page reads left to right', () => {
    const { result } = renderHook(() => useContentTranslation('finish'), {
      wrapper: inLanguage('ar'),
    });
    expect(result.current.t('story.step', { number: 2 })).toContain(`${FSI}2${PDI}`);
    // The staff's page stays as it was: left-to-right values go in as they are.
    expect(i18n.t('finish:story.step', { number: 2 })).toBe('Step 2');
  });

  it('says the feminine or masculine words where a language has them, both forms otherwise', async () => {
    i18n.addResource('es', 'common', 'together.next_feminine', 'Siguiente (f)');
    i18n.addResource('es', 'common', 'together.next_masculine', 'Siguiente (m)');
    const feminine = renderHook(() => useContentTranslation(), {
      wrapper: inLanguage('es', 'feminine'),
    });
    const masculine = renderHook(() => useContentTranslation(), {
      wrapper: inLanguage('es', 'masculine'),
    });
    const unset = renderHook(() => useContentTranslation(), { wrapper: inLanguage('es') });
    await waitFor(() => expect(feminine.result.current.t('together.next')).toBe('Siguiente (f)'));
    expect(masculine.result.current.t('together.next')).toBe('Siguiente (m)');
    expect(unset.result.current.t('together.next')).not.toMatch(/\((f|m)\)/);
    // A key with no gendered words says its own.
    expect(feminine.result.current.t('together.back')).toBe(
      unset.result.current.t('together.back'),
    );
    i18n.removeResourceBundle('es', 'common');
  });
});
