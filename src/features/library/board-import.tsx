/**
 * "Import board": boards from another AAC app (Open Board Format), read in the page by the pure
 * importer (loaded only when a file is chosen), then stored whole. A refusal or a disk that says
 * no changes nothing; what the importer had to work around is said in plain words.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../domain/ids';
import type { ImportRefusal, ImportWarning } from '../../domain/obf/obf';
import { importedToLibrary } from '../../domain/obf/to-library';
import { readFileBytes } from '../../lib/save-file';
import { addImportedBoards } from '../../storage/library-repo';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly done: number; readonly total: number }
  | { readonly kind: 'refused'; readonly refusal: ImportRefusal }
  | {
      readonly kind: 'imported';
      readonly boards: number;
      readonly cards: number;
      readonly warnings: readonly ImportWarning[];
    };

type WarningGroup = 'notFetched' | 'unreadable' | 'layout' | 'sounds' | 'other';

function groupOf({ code }: ImportWarning): WarningGroup {
  if (code === 'image-url-not-fetched' || code === 'image-symbol-unresolved') return 'notFetched';
  if (code.startsWith('image-')) return 'unreadable';
  if (code.startsWith('sound-')) return 'sounds';
  if (code.startsWith('grid-') || code === 'button-not-in-grid') return 'layout';
  return 'other';
}

function WarningLines({ warnings }: { readonly warnings: readonly ImportWarning[] }) {
  const { t } = useTranslation('library');
  const counts = new Map<WarningGroup, number>();
  for (const warning of warnings) {
    const group = groupOf(warning);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  return (
    <ul className="board-import__warnings">
      {[...counts].map(([group, count]) => (
        <li key={group}>{t(`import.warnings.${group}`, { count })}</li>
      ))}
    </ul>
  );
}

export function BoardImport() {
  const { t, i18n } = useTranslation('library');
  const id = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [problem, save] = useSave();

  async function read(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setPhase({ kind: 'reading', done: 0, total: 0 });
    const [{ importBoards }, bytes] = await Promise.all([
      import('../../domain/obf/obf'),
      readFileBytes(file),
    ]);
    const result = await importBoards(
      { name: file.name, bytes },
      { onProgress: (done, total) => setPhase({ kind: 'reading', done, total }) },
    );
    input.value = '';
    if (!result.ok) {
      setPhase({ kind: 'refused', refusal: result.refusal });
      return;
    }
    const rows = importedToLibrary(result.boards, {
      newId,
      time: Date.now(),
      fallbackLanguage: i18n.language,
      untitled: t('import.untitled'),
    });
    // Read; now stored whole or not at all (a disk that says no is said by the notice below).
    setPhase({ kind: 'idle' });
    save(addImportedBoards(rows), () =>
      setPhase({
        kind: 'imported',
        boards: rows.boards.length,
        cards: rows.cards.length,
        warnings: result.warnings,
      }),
    );
  }

  return (
    <section className="panel board-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('import.heading')}</h2>
      <p>{t('import.intro')}</p>
      <label htmlFor={`${id}-file`}>{t('import.file')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".obf,.obz,.zip,application/zip,application/json"
        disabled={phase.kind === 'reading'}
        onChange={(event) => void read(event)}
      />
      {phase.kind === 'reading' ? (
        <div role="status">
          <p>{t('import.reading')}</p>
          <progress
            aria-label={t('import.progress')}
            max={Math.max(1, phase.total)}
            value={phase.done}
          />
        </div>
      ) : null}
      {phase.kind === 'refused' ? <p role="alert">{t(`import.refused.${phase.refusal}`)}</p> : null}
      {phase.kind === 'imported' ? (
        <div role="status">
          <p>{t('import.done', { count: phase.boards, cards: phase.cards })}</p>
          <WarningLines warnings={phase.warnings} />
        </div>
      ) : null}
      <SaveProblemNotice problem={problem} />
    </section>
  );
}
