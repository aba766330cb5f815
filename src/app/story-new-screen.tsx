/**
 * "Make a social story" (issue 12): from the person's page, or from a finished conversation's
 * summary (`?from=<conversation>`), which puts the template that fits it first and fills it from
 * the conversation, with the story steps' pictures. Choosing one stores the story as its first
 * version and opens it for staff to edit before use.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from '../lib/router';
import { newId } from '../domain/ids';
import {
  stepsOf,
  storyFromTemplate,
  templateForConversation,
  valuesOfConversation,
  valuesOfPerson,
} from '../domain/story';
import { templateSentence, templateTitle } from '../domain/story-templates';
import type { StoryTemplate } from '../domain/story-templates';
import { useStaffDate } from '../i18n/use-staff-date';
import { TemplateChoices, type TemplateChoice } from '../features/stories/template-choice';
import { useConversation, usePerson } from '../storage/hooks';
import { addStory } from '../storage/stories-repo';
import { useSave } from '../storage/use-save';
import { useStoryTemplates } from '../storage/use-story-templates';
import { SaveProblemNotice } from '../ui/save-problem-notice';
import { NotFound } from './not-found';
import { useStoryLibrary } from './use-story-library';

export function StoryNewScreen() {
  const { t } = useTranslation('stories');
  const { personId } = useParams();
  const [search] = useSearchParams();
  const fromId = search.get('from') ?? undefined;
  const person = usePerson(personId);
  const conversation = useConversation(fromId);
  const library = useStoryLibrary(conversation, person);
  const set = useStoryTemplates(person?.language);
  const navigate = useNavigate();
  const [saveProblem, save] = useSave();
  const [isBusy, setIsBusy] = useState(false);
  const date = useStaffDate('day');

  if (person === undefined || (fromId && conversation === undefined)) return null;
  if (person === null) return <NotFound message={t('notFound')} />;
  const from = conversation && conversation.personId === person.id ? conversation : null;
  if (!set || (from && !library)) return null;

  const values =
    from && library
      ? valuesOfConversation(from, person, library, set.words.language)
      : valuesOfPerson(person);
  const gender = person.grammaticalGender;
  const telling = { voice: 'first', tense: 'present', values, gender } as const;
  const fitting = from ? templateForConversation(set, from) : null;
  const ordered: StoryTemplate[] = fitting
    ? [fitting, ...set.templates.filter((tp) => tp.id !== fitting.id)]
    : [...set.templates];
  const choices: TemplateChoice[] = ordered.map((template) => {
    const firstPage = template.pages[0];
    const firstKey = firstPage?.sentences[0]?.key;
    return {
      id: template.id,
      title: templateTitle(set, template.id, telling),
      preview: firstKey ? (templateSentence(set, template.id, firstKey, telling) ?? '') : '',
      picture: { kind: 'symbol', symbol: template.cover },
      pageCount: template.pages.length,
      isCelebrating: template.isCelebrating,
      isFitting: template.id === fitting?.id,
    };
  });

  const make = (templateId: string) => {
    const template = set.templates.find((tp) => tp.id === templateId);
    if (!template || isBusy) return;
    setIsBusy(true);
    const story = storyFromTemplate(
      set,
      template,
      values,
      {
        id: newId(),
        personId: person.id,
        conversationId: from?.id ?? null,
        language: set.words.language,
        at: Date.now(),
        newId,
        gender,
      },
      from && library ? stepsOf(from, library, set.words.language) : [],
    );
    const reason = from
      ? t('make.reasonConversation', { date: date(from.completedAt ?? from.updatedAt) })
      : t('make.reasonTemplate', { title: story.title });
    const made = addStory(story, reason);
    save(made);
    made.then(
      (id) => navigate(`/stories/${id}`, { replace: true }),
      () => setIsBusy(false),
    );
  };

  return (
    <section className="screen story-new-screen">
      <Link className="back-link" to={`/people/${person.id}`}>
        {t('backToPerson', { name: person.displayName })}
      </Link>
      <h1>{t('make.heading', { name: person.displayName })}</h1>
      <p>{t('make.intro')}</p>
      {from ? (
        <p>{t('make.fromConversation', { date: date(from.completedAt ?? from.updatedAt) })}</p>
      ) : null}
      {fromId && !from ? <p role="status">{t('make.noConversation')}</p> : null}
      <SaveProblemNotice problem={saveProblem} />
      {isBusy ? <p role="status">{t('make.making')}</p> : null}
      <TemplateChoices
        choices={choices}
        name={person.displayName}
        isBusy={isBusy}
        onChoose={make}
      />
    </section>
  );
}
