/**
 * Choosing the story to start from: each template as a big button with its cover picture (one
 * that means what its title says), its title told for the person, and its first words. The one
 * that fits the conversation comes first.
 */
import { useTranslation } from 'react-i18next';
import type { ImageSource } from '../../domain/types';
import { useImageSrc } from '../../ui/image-picture';
import './stories.css';

export interface TemplateChoice {
  readonly id: string;
  readonly title: string;
  readonly preview: string;
  readonly picture: ImageSource;
  readonly pageCount: number;
  readonly isCelebrating: boolean;
  readonly isFitting: boolean;
}

function Thumb({ image }: { readonly image: ImageSource }) {
  return <img className="story-template__picture" src={useImageSrc(image)} alt="" />;
}

export function TemplateChoices({
  choices,
  name,
  isBusy,
  onChoose,
}: {
  readonly choices: readonly TemplateChoice[];
  /** The person's name, for "Celebrates something Sam does well". */
  readonly name: string;
  readonly isBusy: boolean;
  readonly onChoose: (id: string) => void;
}) {
  const { t } = useTranslation('stories');
  return (
    <ul className="story-templates" aria-label={t('make.templates')}>
      {choices.map((choice) => (
        <li key={choice.id}>
          <button
            type="button"
            className={choice.isFitting ? 'story-template story-template--fits' : 'story-template'}
            disabled={isBusy}
            onClick={() => onChoose(choice.id)}
          >
            <Thumb image={choice.picture} />
            <span>
              <span className="story-template__title">{choice.title}</span>
              {choice.isFitting ? <span className="story-tag">{t('make.fits')}</span> : null}
              {choice.isCelebrating ? (
                <span className="story-tag">{t('make.celebrates', { name })}</span>
              ) : null}
              <p>{choice.preview}</p>
              <p>{t('make.pages', { count: choice.pageCount })}</p>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
