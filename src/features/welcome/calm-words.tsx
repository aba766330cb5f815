import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The first words the individual meets: short, calm and true. */
export function CalmWords({ name }: { readonly name: string }) {
  const { t } = useTranslation('welcome');
  const headingId = useId();
  return (
    <section className="welcome__words" aria-labelledby={headingId}>
      <h2 id={headingId}>{name ? t('greeting', { name }) : t('greetingNoName')}</h2>
      <ul className="welcome__promises">
        <li>{t('calm.notInTrouble')}</li>
        <li>{t('calm.understand')}</li>
        <li>{t('calm.stop')}</li>
        <li>{t('calm.together')}</li>
      </ul>
    </section>
  );
}
