/** The staff guide's words: what to ask on this step, what to say to reassure, what to remember. */
import { useTranslation } from 'react-i18next';
import {
  REASSURANCE_IDS,
  REMINDER_IDS,
  STAFF_PART_BY_STEP,
  promptsFor,
} from '../../domain/staff-guide';
import type { ConversationKind, TogetherStep } from '../../domain/types';

export interface GuideListsProps {
  readonly step: TogetherStep;
  /** A talk with someone affected asks the questions for those harmed. */
  readonly kind: ConversationKind;
}

export function GuideLists({ step, kind }: GuideListsProps) {
  const { t } = useTranslation('guide');
  const staffPart = STAFF_PART_BY_STEP[step];
  return (
    <>
      {staffPart.length > 0 ? (
        <section aria-labelledby="guide-your-part">
          <h2 id="guide-your-part">{t('yourPart')}</h2>
          <ul className="guide__list">
            {staffPart.map((id) => (
              <li key={id}>{t(`doing.${id}`)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="guide-ask">
        <h2 id="guide-ask">{t('ask')}</h2>
        <ul className="guide__list guide__list--prompts">
          {promptsFor(step, kind).map((id) => (
            <li key={id}>{t(`prompts.${id}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guide-reassure">
        <h2 id="guide-reassure">{t('reassure')}</h2>
        <ul className="guide__list">
          {REASSURANCE_IDS.map((id) => (
            <li key={id}>{t(`reassurance.${id}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guide-remember">
        <h2 id="guide-remember">{t('remember')}</h2>
        <ul className="guide__list">
          {REMINDER_IDS.map((id) => (
            <li key={id}>{t(`reminders.${id}`)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
