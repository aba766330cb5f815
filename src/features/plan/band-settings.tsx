import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { bandsIn } from '../../domain/plan';
import { PLAN_BAND_SCHEMES, type PlanBands } from '../../domain/types';
import { BandMark } from './band-mark';

/** The plan's own colours: three, four or six bands, green and yellow swapped, and the key. */
export function BandSettings({
  bands,
  onChange,
}: {
  readonly bands: PlanBands;
  readonly onChange: (bands: PlanBands) => void;
}) {
  const { t } = useTranslation('plan');
  const schemeId = useId();
  const headingId = useId();
  return (
    <section className="panel plan-bands" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('bands.heading')}</h2>
      <p className="field-hint">{t('bands.hint')}</p>
      <div className="plan-bands__fields">
        <label htmlFor={schemeId}>{t('bands.scheme')}</label>
        <select
          id={schemeId}
          value={bands.scheme}
          onChange={(e) => onChange({ ...bands, scheme: e.target.value as PlanBands['scheme'] })}
        >
          {PLAN_BAND_SCHEMES.map((scheme) => (
            <option key={scheme} value={scheme}>
              {t(`bands.schemes.${scheme}`)}
            </option>
          ))}
        </select>
        <label className="check">
          <input
            type="checkbox"
            checked={bands.isGreenYellowSwapped}
            onChange={(e) => onChange({ ...bands, isGreenYellowSwapped: e.target.checked })}
          />
          {t('bands.swap')}
        </label>
      </div>
      <ul className="plan-bands__key">
        {bandsIn(bands).map((look) => (
          <li key={look.band}>
            <BandMark look={look} />
          </li>
        ))}
      </ul>
    </section>
  );
}
