import { useId } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { useWelcomeReassurance } from '../../storage/preferences-repo';

/** The first words the individual meets: short, calm and true. */
export function CalmWords({ name }: { readonly name: string }) {
  const { t } = useContentTranslation('welcome');
  const headingId = useId();
  // A service may word the first reassurance its own way (Settings → Calm and pace).
  const ownWords = useWelcomeReassurance();
  return (
    <section className="welcome__words" aria-labelledby={headingId}>
      <h2 id={headingId}>{name ? t('greeting', { name }) : t('greetingNoName')}</h2>
      <ul className="welcome__promises">
        <li>{ownWords || t('calm.notInTrouble')}</li>
        <li>{t('calm.understand')}</li>
        <li>{t('calm.stop')}</li>
        <li>{t('calm.together')}</li>
      </ul>
    </section>
  );
}
