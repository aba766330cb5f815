/** Prepare a conversation: the staff form, and optional picture steps on the same storyboard. */
import { useTranslation } from 'react-i18next';
import { NotFound } from './not-found';
import { Link, useParams } from '../lib/router';
import { PreparationForm } from '../features/prepare/preparation-form';
import { Storyboard } from '../features/storyboard/storyboard';
import { TouchDndProvider } from '../lib/dnd';
import { savePreparation } from '../storage/conversations-repo';
import { useConversation, usePerson } from '../storage/hooks';
import { useSave } from '../storage/use-save';
import { useStoriesOf } from '../storage/use-stories';
import { SaveProblemNotice } from '../ui/save-problem-notice';
import { useStoryLibrary } from './use-story-library';

/** Under "Social story": how many stories are ready, and the way to make one. */
function PreparedStories({ personId }: { readonly personId: string }) {
  const { t } = useTranslation('prepare');
  const stories = useStoriesOf(personId);
  if (stories === undefined) return null;
  return (
    <p className="field-hint">
      {t('supports.stories', { count: stories.length })}{' '}
      <Link to={`/people/${personId}/stories/new`}>{t('supports.makeStory')}</Link>
    </p>
  );
}

export function PrepareScreen() {
  const { t } = useTranslation('prepare');
  const { conversationId } = useParams();
  const conversation = useConversation(conversationId);
  const person = usePerson(conversation?.personId);
  const library = useStoryLibrary(conversation, person);
  const [saveProblem, save] = useSave();

  if (conversation === undefined || person === undefined || library === undefined) return null;
  if (conversation === null || person === null) {
    return <NotFound message={t('notFound')} />;
  }
  return (
    <section className="screen prepare">
      <Link className="back-link" to={`/people/${person.id}`}>
        {t('backToPerson', { name: person.displayName })}
      </Link>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('withPerson', { name: person.displayName })}</p>
      <p>{t('intro')}</p>
      <PreparationForm
        preparation={conversation.preparation}
        personName={person.displayName}
        onSave={(changes) => {
          const write = savePreparation(conversation.id, changes);
          save(write);
          return write;
        }}
        storyNote={<PreparedStories personId={person.id} />}
      />
      <SaveProblemNotice problem={saveProblem} />
      <section className="panel" aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('steps.heading')}</h2>
        <p className="field-hint">{t('steps.hint')}</p>
        <div lang={person.language}>
          <TouchDndProvider>
            <Storyboard conversation={conversation} library={library} language={person.language} />
          </TouchDndProvider>
        </div>
      </section>
      <div className="actions">
        <Link className="button button--primary" to={`/conversations/${conversation.id}/ready`}>
          {t('next')}
        </Link>
      </div>
    </section>
  );
}
