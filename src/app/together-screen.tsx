/** Together mode for one conversation: composes the Together frame with the storyboard. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Storyboard } from '../features/storyboard/storyboard';
import { TogetherLayout } from '../features/together/together-layout';
import { useConversation, useLibrary, usePerson } from '../storage/hooks';
import { enterTogether, leaveTogether } from '../storage/session-repo';
import { TouchDndProvider } from '../lib/dnd';

export default function TogetherScreen() {
  const { t } = useTranslation();
  const { conversationId } = useParams();
  const navigate = useNavigate();
  const conversation = useConversation(conversationId);
  const person = usePerson(conversation?.personId);
  const library = useLibrary();
  const state = conversation === undefined ? 'loading' : conversation === null ? 'missing' : 'open';

  // Remember the open conversation so the app reopens here; a conversation that is gone
  // (deleted elsewhere) must not hold the device in Together mode.
  useEffect(() => {
    if (state === 'open' && conversationId) void enterTogether(conversationId);
    if (state === 'missing') void leaveTogether();
  }, [state, conversationId]);

  if (
    conversation === undefined ||
    library === undefined ||
    (conversation && person === undefined)
  ) {
    return <p className="loading">{t('app.loading')}</p>;
  }
  if (conversation === null) {
    return (
      <main className="screen" id="main">
        <h1>{t('together.notFound')}</h1>
        <Link to="/">{t('person.backToPeople')}</Link>
      </main>
    );
  }
  const language = person?.language ?? 'en';
  return (
    <TogetherLayout
      step={conversation.step}
      controls={
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            void leaveTogether().then(() => navigate(`/people/${conversation.personId}`))
          }
        >
          {t('together.staff')}
        </button>
      }
    >
      <div lang={language}>
        <TouchDndProvider>
          <Storyboard conversation={conversation} library={library} language={language} />
        </TouchDndProvider>
      </div>
    </TogetherLayout>
  );
}
