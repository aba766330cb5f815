import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TOLD_WHO, type Safeguarding, type ToldWho } from '../../domain/types';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { SavedTextField } from '../../ui/saved-text-field';

export interface SafeguardingFieldsProps {
  readonly safeguarding: Safeguarding;
  /** Stores a change and says whether it landed (a choice shows what is stored if not). */
  readonly onSave: (changes: Partial<Safeguarding>) => Promise<unknown>;
}

/**
 * What a safeguarding lead looks for: the incident log reference, physical intervention, any
 * injury, who was told and when. Staff-only: nothing here is ever read by a Together screen.
 */
export function SafeguardingFields({ safeguarding, onSave }: SafeguardingFieldsProps) {
  const { t } = useTranslation('incident');
  // Choices show at once, before the stored copy comes back from the database.
  const [chosen, setChosen] = useState<Partial<Safeguarding>>({});
  const current = { ...safeguarding, ...chosen };
  const choose = (changes: Partial<Safeguarding>) => {
    setChosen((before) => ({ ...before, ...changes }));
    onSave(changes).catch(() => setChosen({}));
  };
  const saveText = (changes: Partial<Safeguarding>) => void onSave(changes);
  const toggleTold = (who: ToldWho, isOn: boolean) =>
    choose({ told: TOLD_WHO.filter((w) => (w === who ? isOn : current.told.includes(w))) });

  return (
    <section className="panel staff-only" aria-labelledby="safeguarding-heading">
      <h2 id="safeguarding-heading">{t('safeguarding.heading')}</h2>
      <SavedTextField
        label={t('safeguarding.logReference')}
        hint={t('safeguarding.logReferenceHint')}
        maxLength={TEXT_LIMITS.logReference}
        value={safeguarding.logReference}
        onSave={(logReference) => saveText({ logReference })}
      />
      <fieldset className="choice-row">
        <legend>{t('safeguarding.physical')}</legend>
        {([true, false] as const).map((answer) => (
          <label key={String(answer)} className="check">
            <input
              type="radio"
              name="physical-intervention"
              checked={current.physicalIntervention === answer}
              onChange={() => choose({ physicalIntervention: answer })}
            />
            <span>{answer ? t('safeguarding.yes') : t('safeguarding.no')}</span>
          </label>
        ))}
      </fieldset>
      <SavedTextField
        isMultiline
        label={t('safeguarding.injury')}
        hint={t('safeguarding.injuryHint')}
        maxLength={TEXT_LIMITS.injury}
        value={safeguarding.injury}
        onSave={(injury) => saveText({ injury })}
      />
      <fieldset className="choice-row">
        <legend>{t('safeguarding.told')}</legend>
        {TOLD_WHO.map((who) => (
          <label key={who} className="check">
            <input
              type="checkbox"
              checked={current.told.includes(who)}
              onChange={(e) => toggleTold(who, e.target.checked)}
            />
            <span>{t(`safeguarding.toldWho.${who}`)}</span>
          </label>
        ))}
      </fieldset>
      {current.told.includes('other') ? (
        <SavedTextField
          label={t('safeguarding.toldOther')}
          maxLength={TEXT_LIMITS.toldOther}
          value={safeguarding.toldOther}
          onSave={(toldOther) => saveText({ toldOther })}
        />
      ) : null}
      <SavedTextField
        type="datetime-local"
        label={t('safeguarding.toldAt')}
        value={safeguarding.toldAt}
        onSave={(toldAt) => saveText({ toldAt })}
      />
    </section>
  );
}
