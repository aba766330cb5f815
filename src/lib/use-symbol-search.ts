/**
 * Search of the whole symbol set in one language, for a screen: the words load when the first
 * word is typed (a few hundred kilobytes, kept for offline after the first screen), then each
 * query answers at once.
 */
import { useEffect, useMemo, useState } from 'react';
import { searchSymbols, type SymbolIndex, type SymbolWords } from '../domain/symbol-search';
import { loadSymbolIndex } from './symbol-set';

export type SymbolSearch =
  | { readonly status: 'loading' }
  | { readonly status: 'unavailable' }
  | { readonly status: 'ready'; readonly results: readonly SymbolWords[] };

export function useSymbolSearch(language: string, query: string, limit: number): SymbolSearch {
  const [loaded, setLoaded] = useState<{ language: string; index: SymbolIndex | null }>();
  // The words load once a word is typed: a screen that is only looked at fetches nothing.
  const isWanted = query.trim() !== '';
  useEffect(() => {
    if (!isWanted) return;
    let isCurrent = true;
    void loadSymbolIndex(language).then((index) => {
      if (isCurrent) setLoaded({ language, index });
    });
    return () => {
      isCurrent = false;
    };
  }, [language, isWanted]);
  const index = loaded?.language === language ? loaded.index : undefined;
  return useMemo<SymbolSearch>(() => {
    if (index === undefined) return { status: 'loading' };
    if (index === null) return { status: 'unavailable' };
    return { status: 'ready', results: searchSymbols(index, query, limit) };
  }, [index, query, limit]);
}
