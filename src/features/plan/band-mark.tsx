import { useContentTranslation } from '../../i18n/content-language';
import type { BandLook } from '../../domain/plan';
import { symbolUrl } from '../../lib/symbols';

/** A band as it is always shown: its picture and its name on its colour, never colour alone. */
export function BandMark({ look }: { readonly look: BandLook }) {
  const { t } = useContentTranslation('plan');
  return (
    <span className={`plan-band plan-band--${look.colour}`}>
      <img className="plan-band__icon" src={symbolUrl(look.symbol)} alt="" />
      {t(`bands.names.${look.band}`)}
    </span>
  );
}
