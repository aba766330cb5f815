import { useTranslation } from 'react-i18next';

/** The notice the Unicode License asks to ship with CLDR's words (scripts/symbol-set.ts). */
const UNICODE_LICENCE = `${import.meta.env.BASE_URL}licences/unicode-cldr.txt`;

/** Settings → About: version, privacy, and the symbol attribution the licence asks for. */
export function AboutSection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="about-heading" className="panel">
      <h2 id="about-heading">{t('settings.about')}</h2>
      <p>
        {__APP_BUILD__ === ''
          ? t('settings.version', { version: __APP_VERSION__ })
          : t('settings.versionBuild', { version: __APP_VERSION__, build: __APP_BUILD__ })}
      </p>
      <p>{t('settings.privacy')}</p>
      <p>{t('settings.symbolsCredit')}</p>
      <ul className="link-list">
        <li>
          <a href="https://openmoji.org" target="_blank" rel="noreferrer noopener">
            {t('settings.openmojiLink')}
          </a>
        </li>
        <li>
          <a
            href="https://creativecommons.org/licenses/by-sa/4.0/"
            target="_blank"
            rel="noreferrer noopener"
          >
            {t('settings.licenceLink')}
          </a>
        </li>
      </ul>
      <p>{t('settings.symbolWordsCredit')}</p>
      <ul className="link-list">
        <li>
          <a href={UNICODE_LICENCE} target="_blank" rel="noreferrer noopener">
            {t('settings.unicodeLicenceLink')}
          </a>
        </li>
      </ul>
    </section>
  );
}
