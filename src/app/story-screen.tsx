/**
 * A social story for staff (issue 12): the editor with its criteria check, the versions, and
 * the ways on: read it together, print it, delete it. The conversation it was made from is one
 * tap away. Unsaved edits are saved first when staff go on to read or print.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from '../lib/router';
import { newId } from '../domain/ids';
import { pictureOptions } from '../domain/picture-options';
import { contentOf, type StoryContent } from '../domain/story';
import { DeleteStoryButton } from '../features/stories/delete-story';
import { StoryEditor, isSameContent } from '../features/stories/story-editor';
import { useStaffDate } from '../i18n/use-staff-date';
import { StoryVersions } from '../features/stories/story-versions';
import { useConversation, usePerson } from '../storage/hooks';
import { useLibrary } from '../storage/use-library';
import { deleteStory, saveStory } from '../storage/stories-repo';
import { useSave } from '../storage/use-save';
import { useStory } from '../storage/use-stories';
import { useStoryTemplates } from '../storage/use-story-templates';
import { SaveProblemNotice } from '../ui/save-problem-notice';
import { NotFound } from './not-found';

export function StoryScreen() {
  const { t } = useTranslation('stories');
  const { storyId } = useParams();
  const story = useStory(storyId);
  const person = usePerson(story?.personId);
  const library = useLibrary(person?.language);
  const set = useStoryTemplates(story ? story.language || person?.language : undefined);
  const conversation = useConversation(story?.conversationId ?? undefined);
  const [draft, setDraft] = useState<{ id: string; content: StoryContent } | null>(null);
  const [saveProblem, save] = useSave();
  const navigate = useNavigate();
  const date = useStaffDate('day');

  if (story === undefined || person === undefined) return null;
  if (story === null || person === null) return <NotFound message={t('notFound')} />;
  const content = draft?.id === story.id ? draft.content : contentOf(story);
  const isDirty = !isSameContent(content, story);

  const onSave = (next: StoryContent, reason: string) => {
    const saved = saveStory(story.id, next, reason);
    save(saved);
    return saved;
  };
  /** Saves what is on the screen (if anything changed), then goes on. */
  const saveThenGo = (path: string) => {
    if (!isDirty) {
      navigate(path);
      return;
    }
    const saved = saveStory(story.id, content, '');
    save(saved, () => navigate(path));
  };

  return (
    <section className="screen story-screen">
      <Link className="back-link" to={`/people/${person.id}`}>
        {t('backToPerson', { name: person.displayName })}
      </Link>
      <h1>{story.title || t('edit.heading')}</h1>
      {story.conversationId && conversation ? (
        <p>
          <Link to={`/conversations/${story.conversationId}/summary`}>
            {t('edit.madeFrom', { date: date(conversation.completedAt ?? conversation.updatedAt) })}
          </Link>
        </p>
      ) : null}
      <nav className="story-actions" aria-label={t('edit.actions')}>
        <button
          type="button"
          className="button"
          onClick={() => saveThenGo(`/stories/${story.id}/read`)}
        >
          {t('edit.read')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => saveThenGo(`/stories/${story.id}/print`)}
        >
          {t('edit.print')}
        </button>
        <DeleteStoryButton
          title={story.title}
          onDelete={() =>
            save(deleteStory(story.id), () => navigate(`/people/${person.id}`, { replace: true }))
          }
        />
      </nav>
      <SaveProblemNotice problem={saveProblem} />
      {set ? (
        <StoryEditor
          key={story.id}
          story={story}
          set={set}
          name={person.displayName}
          gender={person.grammaticalGender}
          pictures={pictureOptions(library, person)}
          newId={newId}
          onSave={onSave}
          draft={content}
          onDraftChange={(next) => setDraft({ id: story.id, content: next })}
        />
      ) : null}
      <StoryVersions versions={story.versions} />
    </section>
  );
}
