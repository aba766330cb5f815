/**
 * The Library: finding any picture of the set, importing boards, and the boards themselves, one
 * at a time — everyone's, or with one person's own boards too — each with its cards to edit,
 * hide, arrange and hear.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boardsFor } from '../../domain/library';
import { labelFor } from '../../domain/labels';
import type { Board } from '../../domain/types';
import { TouchDndProvider } from '../../lib/dnd';
import { usePeople } from '../../storage/hooks';
import { useLibrary } from '../../storage/use-library';
import { addBoard, changeWords, setBoardColour } from '../../storage/library-edits-repo';
import { useSave } from '../../storage/use-save';
import { LiveRegion } from '../../ui/live-region';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { useAnnouncer } from '../../ui/use-announcer';
import { AddPhotoButton } from './add-photo-button';
import { BoardEditor, type BoardChoices } from './board-editor';
import { BoardImport } from './board-import';
import { BoardPicker } from './board-picker';
import { BoardView } from './board-view';
import { SymbolFinder } from './symbol-finder';
import './library.css';

type Editing = { readonly kind: 'new' } | { readonly kind: 'edit'; readonly board: Board } | null;

export function LibraryScreen() {
  const { t, i18n } = useTranslation();
  const { t: words } = useTranslation('library');
  const everything = useLibrary(i18n.language);
  const people = usePeople();
  const filterId = useId();
  const [personId, setPersonId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [problem, save] = useSave();
  const [announcement, announce] = useAnnouncer();
  const boards = everything ? boardsFor(everything, personId) : [];
  const library = everything ? { ...everything, boards } : undefined;
  const board = boards.find((b) => b.id === selectedId) ?? boards[0];
  const owner = board?.personId ? people?.find((p) => p.id === board.personId) : undefined;

  function saveBoard(choices: BoardChoices) {
    const language = i18n.language;
    if (editing?.kind === 'edit') {
      const target = editing.board;
      const write = Promise.all([
        changeWords(target, 'board', { [language]: choices.name }),
        setBoardColour(target, choices.colour),
      ]);
      save(write, () => {
        setEditing(null);
        announce(words('board.saved', { name: choices.name.trim() }));
      });
      return;
    }
    const write = addBoard({ language, ...choices });
    save(write, () => {
      setEditing(null);
      setPersonId(choices.personId);
      void write.then(setSelectedId);
      announce(words('board.created', { name: choices.name.trim() }));
    });
  }

  return (
    <section className="screen library">
      <h1>{t('library.heading')}</h1>
      <p>{t('library.intro')}</p>
      {library ? <SymbolFinder library={library} /> : null}
      <BoardImport />
      <LiveRegion announcement={announcement} />
      <SaveProblemNotice problem={problem} />
      {library ? (
        <div className="library__boards">
          <div className="library__picker">
            <label htmlFor={filterId}>{words('board.boardsFor')}</label>
            <select
              id={filterId}
              value={personId ?? ''}
              onChange={(e) => setPersonId(e.target.value === '' ? null : e.target.value)}
            >
              <option value="">{words('board.everyone')}</option>
              {(people ?? []).map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}
                </option>
              ))}
            </select>
            <BoardPicker
              boards={boards}
              hiddenBoards={everything?.hiddenBoards ?? []}
              selectedId={board?.id ?? null}
              onSelect={setSelectedId}
              onNew={() => setEditing({ kind: 'new' })}
              save={save}
            />
            <AddPhotoButton onAdded={announce} />
          </div>
          {board ? (
            <TouchDndProvider>
              <BoardView
                key={board.id}
                board={board}
                library={library}
                ownerName={owner?.displayName ?? null}
                save={save}
                announce={announce}
                onEditBoard={() => setEditing({ kind: 'edit', board })}
              />
            </TouchDndProvider>
          ) : null}
        </div>
      ) : null}
      {editing ? (
        <BoardEditor
          {...(editing.kind === 'edit'
            ? {
                current: {
                  name: labelFor(editing.board.labels, i18n.language),
                  colour: editing.board.colour,
                },
              }
            : {})}
          people={people ?? []}
          personId={personId}
          onSave={saveBoard}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
