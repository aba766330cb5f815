/**
 * Settings → Language: the language of the staff screens on this tablet. Each language is named
 * in itself ("Cymraeg"), so a colleague finds theirs whatever the screen shows now. A person's
 * pictures, speech and easy-read words follow the language on their profile.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supportedLanguages } from '../../i18n/resources';
import { saveStaffLanguage } from '../../i18n/staff-language';

/** Each language's name in itself. */
const OWN_NAMES: Readonly<Record<(typeof supportedLanguages)[number], string>> = {
  en: 'English',
  es: 'Español',
  pl: 'Polski',
  cy: 'Cymraeg',
  ar: 'العربية',
};

export function LanguageSection() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const fieldId = useId();
  const [isNotKept, setNotKept] = useState(false);
  const current =
    supportedLanguages.find((code) => code === (i18n.language.split('-')[0] ?? '')) ?? 'en';

  function choose(code: string) {
    setNotKept(!saveStaffLanguage(code));
    void i18n.changeLanguage(code);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.language.heading')}</h2>
      <label htmlFor={fieldId}>{t('settings.language.label')}</label>
      <select id={fieldId} value={current} onChange={(e) => choose(e.target.value)}>
        {supportedLanguages.map((code) => (
          <option key={code} value={code} lang={code}>
            {OWN_NAMES[code]}
          </option>
        ))}
      </select>
      <p>{t('settings.language.note')}</p>
      {isNotKept ? <p role="status">{t('settings.language.notKept')}</p> : null}
    </section>
  );
}
