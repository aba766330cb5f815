import { useTranslation } from 'react-i18next';
import { listOfWords } from '../../i18n/list-words';
import { PictureChoices, type PictureChoice } from '../../ui/picture-choices';

export interface AgreeTogetherProps {
  /** What could be agreed: what each person shared about making things right. */
  readonly choices: readonly PictureChoice[];
  readonly agreed: readonly string[];
  readonly language: string;
  readonly onToggle: (cardId: string) => void;
}

const HEADING_ID = 'meeting-agree-heading';

/** "What we agree together": big pictures everyone can see, tapped to agree. */
export function AgreeTogether({ choices, agreed, language, onToggle }: AgreeTogetherProps) {
  const { t } = useTranslation('incident');
  const labels = agreed.flatMap((id) => choices.find((c) => c.id === id)?.label ?? []);
  const list = listOfWords(labels, language, { type: 'unit', style: 'short' });
  return (
    <section className="panel meeting__agree" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID}>{t('meeting.agree.heading')}</h2>
      {choices.length === 0 ? (
        <p>{t('meeting.agree.none')}</p>
      ) : (
        <>
          <p>{t('meeting.agree.intro')}</p>
          <PictureChoices
            choices={choices}
            chosenIds={agreed}
            labelledBy={HEADING_ID}
            speakIn={null}
            size="medium"
            onToggle={onToggle}
          />
          <p role="status">
            {list === '' ? t('meeting.agree.nothingChosen') : t('meeting.agree.chosen', { list })}
          </p>
        </>
      )}
    </section>
  );
}
