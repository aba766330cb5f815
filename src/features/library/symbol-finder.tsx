/**
 * "Find a picture": every symbol of the set, searched by a word in a chosen language (the staff's
 * to start with). A picture found becomes a card on a board, with its word.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelFor } from '../../domain/labels';
import type { SymbolWords } from '../../domain/symbol-search';
import type { Library } from '../../domain/library';
import type { Card } from '../../domain/types';
import { symbolUrl } from '../../lib/symbols';
import { useSymbolSearch, type SymbolSearch } from '../../lib/use-symbol-search';
import { addStaffCard } from '../../storage/library-repo';
import { useSave } from '../../storage/use-save';
import { Picture } from '../../ui/picture';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { AddCardDialog } from './add-card-dialog';

const SEARCH_LANGUAGES = ['en', 'es', 'pl', 'cy', 'ar'] as const;
const PAGE = 48;

/** A new card is of the kind its board holds (a feeling on Feelings), a plain symbol otherwise. */
function kindOnBoard(library: Library, boardId: string): Card['kind'] {
  const first = library.boards.find((b) => b.id === boardId)?.cardIds[0];
  return (first ? library.cards.get(first)?.kind : undefined) ?? 'symbol';
}

/** The language a symbol's words are in: English where the chosen language has none. */
const wordsLanguage = (symbol: SymbolWords, language: string) =>
  symbol.isEnglishFallback ? 'en' : language;

function Status({ search, query, shown }: { search: SymbolSearch; query: string; shown: number }) {
  const { t } = useTranslation('library');
  let words = '';
  // Nothing to say before a word is typed; the words load meanwhile.
  if (query.trim() === '') words = '';
  else if (search.status === 'loading') words = t('find.loading');
  else if (search.status === 'unavailable') words = t('find.unavailable');
  else if (query.trim() !== '' && search.results.length === 0)
    words = t('find.none', { query: query.trim() });
  else if (query.trim() !== '') {
    words = t('find.found', { count: search.results.length });
    if (search.results.length >= shown) words = `${words} ${t('find.many', { count: shown })}`;
  }
  return (
    <p className="symbol-finder__status" role="status">
      {words}
    </p>
  );
}

export function SymbolFinder({ library }: { readonly library: Library }) {
  const { boards } = library;
  const { t, i18n } = useTranslation('library');
  const id = useId();
  const [query, setQuery] = useState('');
  const [language, setLanguage] = useState<string>(
    SEARCH_LANGUAGES.find((l) => l === i18n.language) ?? 'en',
  );
  const [shown, setShown] = useState(PAGE);
  const [chosen, setChosen] = useState<SymbolWords | null>(null);
  const [added, setAdded] = useState('');
  const [problem, save] = useSave();
  // One more than is shown, to know whether there are more.
  const search = useSymbolSearch(language, query, shown + 1);
  const results = search.status === 'ready' ? search.results.slice(0, shown) : [];
  const hasMore = search.status === 'ready' && search.results.length > shown;

  function addCard(symbol: SymbolWords, { boardId, word }: { boardId: string; word: string }) {
    const board = boards.find((b) => b.id === boardId);
    const write = addStaffCard({
      boardId,
      kind: kindOnBoard(library, boardId),
      language,
      label: word,
      image: { kind: 'symbol', symbol: symbol.hexcode },
    });
    save(write, () => {
      setChosen(null);
      setAdded(
        t('addCard.added', {
          word: word.trim(),
          board: board ? labelFor(board.labels, i18n.language) : '',
        }),
      );
    });
  }

  return (
    <section className="panel symbol-finder" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('find.heading')}</h2>
      <p>{t('find.intro')}</p>
      <div role="search" className="symbol-finder__form">
        <div>
          <label htmlFor={`${id}-query`}>{t('find.label')}</label>
          <input
            id={`${id}-query`}
            type="search"
            value={query}
            lang={language}
            dir="auto"
            onChange={(e) => {
              setQuery(e.target.value);
              setShown(PAGE);
              setAdded('');
            }}
          />
        </div>
        <div>
          <label htmlFor={`${id}-language`}>{t('find.language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
          >
            {SEARCH_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Status search={search} query={query} shown={shown} />
      {added === '' ? null : (
        <p className="symbol-finder__added" role="status">
          {added}
        </p>
      )}
      <SaveProblemNotice problem={problem} />
      {results.length > 0 ? (
        <ul className="symbol-finder__results" aria-label={t('find.results')}>
          {results.map((symbol) => (
            <li key={symbol.hexcode}>
              <button
                type="button"
                className="choice-toggle"
                lang={wordsLanguage(symbol, language)}
                onClick={() => setChosen(symbol)}
              >
                <Picture src={symbolUrl(symbol.hexcode)} label={symbol.name} size="small" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {hasMore ? (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setShown(shown + PAGE)}
        >
          {t('find.more')}
        </button>
      ) : null}
      {chosen ? (
        <AddCardDialog
          symbol={chosen}
          language={wordsLanguage(chosen, language)}
          boards={boards}
          onAdd={(card) => addCard(chosen, card)}
          onCancel={() => setChosen(null)}
        />
      ) : null}
    </section>
  );
}
