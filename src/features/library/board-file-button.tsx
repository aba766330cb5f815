import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Library } from '../../domain/library';
import type { Board } from '../../domain/types';
import { saveBytesAsFile } from '../../lib/save-file';
import { boardFile, boardFileName } from './board-export';

/** "Export board": the board as an .obz other AAC apps open (board-export.ts). */
export function BoardFileButton({ board, library }: { board: Board; library: Library }) {
  const { t, i18n } = useTranslation('library');
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle');

  async function save() {
    setState('saving');
    try {
      const bytes = await boardFile(board, library, i18n.language);
      saveBytesAsFile(new Uint8Array(bytes), boardFileName(new Date()), 'application/zip');
      setState('idle');
    } catch {
      setState('failed');
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        disabled={state === 'saving'}
        onClick={() => void save()}
      >
        {state === 'saving' ? t('export.saving') : t('export.button')}
      </button>
      {state === 'failed' ? <p role="alert">{t('export.failed')}</p> : null}
    </>
  );
}
