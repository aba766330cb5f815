/** Settings → Storage on this tablet: whether records are kept safe from clean-ups, space used and free. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPersistentStorage, useStorageStatus } from '../../storage/storage-health';
import { formatStorageSize } from './format-storage-size';
import { SetAsideCount } from './set-aside-count';
import './storage-section.css';

type AskState = 'idle' | 'asking' | 'granted' | 'refused';

function persistenceKey(isPersisted: boolean | null) {
  if (isPersisted === null) return 'settings.persistUnknown' as const;
  return isPersisted ? ('settings.persisted' as const) : ('settings.notPersisted' as const);
}

export function StorageSection() {
  const { t, i18n } = useTranslation('storage');
  const { isPersisted, usage, quota, isChecked, refresh } = useStorageStatus();
  const [ask, setAsk] = useState<AskState>('idle');
  const id = useId();
  const format = (bytes: number) => formatStorageSize(bytes, i18n.resolvedLanguage ?? 'en');

  // A button press is the user gesture Firefox wants before it shows its own question.
  const askToPersist = async () => {
    setAsk('asking');
    const isGranted = await requestPersistentStorage();
    setAsk(isGranted === true ? 'granted' : 'refused');
    refresh();
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="panel storage-section">
      <h2 id={`${id}-heading`}>{t('settings.heading')}</h2>
      {isChecked ? (
        <>
          <p>{t(persistenceKey(isPersisted))}</p>
          <p>
            {usage !== undefined && quota !== undefined
              ? t('settings.usage', {
                  used: format(usage),
                  free: format(Math.max(0, quota - usage)),
                })
              : t('settings.usageUnknown')}
          </p>
        </>
      ) : null}
      <SetAsideCount />
      {isPersisted === false ? (
        <button
          type="button"
          className="button"
          disabled={ask === 'asking'}
          onClick={() => void askToPersist()}
        >
          {ask === 'asking' ? t('settings.asking') : t('settings.askPersist')}
        </button>
      ) : null}
      <p className="storage-section__result" role="status">
        {ask === 'granted' || ask === 'refused' ? t(`settings.${ask}`) : null}
      </p>
    </section>
  );
}
