/** "Delete story": asks first, in plain words, and keeps the story unless staff say yes. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../ui/modal-dialog';

export function DeleteStoryButton({
  title,
  onDelete,
}: {
  readonly title: string;
  readonly onDelete: () => void;
}) {
  const { t } = useTranslation('stories');
  const [isAsking, setIsAsking] = useState(false);
  const titleId = useId();
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => setIsAsking(true)}>
        {t('edit.delete')}
      </button>
      {isAsking ? (
        <ModalDialog labelledBy={titleId} onClose={() => setIsAsking(false)}>
          <h2 id={titleId}>{t('edit.deleteQuestion', { title })}</h2>
          <div className="actions">
            <button type="button" className="button" onClick={() => setIsAsking(false)}>
              {t('edit.deleteNo')}
            </button>
            <button type="button" className="button button--primary" onClick={onDelete}>
              {t('edit.deleteYes')}
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </>
  );
}
