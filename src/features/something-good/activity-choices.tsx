import { useId } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { ActivityButton } from './activity-button';
import type { ActivityOption, ActivityOptions } from './activity-options';

export interface ActivityChoicesProps {
  readonly options: ActivityOptions;
  readonly chosenId: string | undefined;
  readonly onChoose: (activityId: string) => void;
  /** The person's language: the words on the pictures are theirs. */
  readonly language: string;
}

function ActivityList(props: {
  readonly options: readonly ActivityOption[];
  readonly chosenId: string | undefined;
  readonly onChoose: (activityId: string) => void;
  readonly labelledBy: string;
  readonly language: string;
  readonly className: string;
}) {
  return (
    <ul
      data-scan-group=""
      className={props.className}
      aria-labelledby={props.labelledBy}
      lang={props.language}
    >
      {props.options.map((option) => (
        <li key={option.id}>
          <ActivityButton
            label={option.label}
            image={option.image}
            colour={option.colour}
            isChosen={option.id === props.chosenId}
            onChoose={() => props.onChoose(option.id)}
          />
        </li>
      ))}
    </ul>
  );
}

/** The person's likes first, under their own heading, then every idea from the activities board. */
export function ActivityChoices({ options, chosenId, onChoose, language }: ActivityChoicesProps) {
  const { t } = useContentTranslation('something-good');
  const headingId = useId();
  const likesId = useId();
  const ideasId = useId();
  const shared = { chosenId, onChoose, language };
  return (
    <section className="something-good__what" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('what.heading')}</h2>
      {options.likes.length > 0 ? (
        <>
          <h3 id={likesId}>{t('what.likes')}</h3>
          <ActivityList
            {...shared}
            options={options.likes}
            labelledBy={likesId}
            className="good-grid"
          />
        </>
      ) : null}
      {options.ideas.length > 0 ? (
        <>
          <h3 id={ideasId}>{t('what.ideas')}</h3>
          <ActivityList
            {...shared}
            options={options.ideas}
            labelledBy={ideasId}
            className="good-grid good-grid--scroll"
          />
        </>
      ) : null}
    </section>
  );
}
