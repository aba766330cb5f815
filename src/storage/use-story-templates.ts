/**
 * The social-story templates shipped with the app (assets/stories): the shape once, and the
 * words of one language when a screen first needs it, each a small file of its own (precached,
 * so offline too). A language without its own words file tells the stories in English.
 */
import { useEffect, useState } from 'react';
import { FALLBACK_LANGUAGE } from '../domain/labels';
import { readStoryTemplates, type StoryTemplateSet } from '../domain/story-templates';

const files = import.meta.glob<unknown>('../../assets/stories/*.json', { import: 'default' });
const loaded = new Map<string, Promise<StoryTemplateSet>>();

function fileFor(language: string): string {
  const path = (code: string) => `../../assets/stories/${code}.json`;
  const base = language.split('-')[0] ?? language;
  return [language, base].map(path).find((p) => p in files) ?? path(FALLBACK_LANGUAGE);
}

/** The templates told in `language` (its base language, else English). */
export function loadStoryTemplates(language: string): Promise<StoryTemplateSet> {
  const file = fileFor(language);
  let set = loaded.get(file);
  if (!set) {
    const shape = files['../../assets/stories/templates.json'];
    const words = files[file];
    if (!shape || !words) return Promise.reject(new Error('The story templates are missing'));
    set = Promise.all([shape(), words()]).then(([s, w]) => readStoryTemplates(s, w));
    loaded.set(file, set);
  }
  return set;
}

/** The templates in `language`; undefined while they load (or if they could not be read). */
export function useStoryTemplates(language: string | undefined): StoryTemplateSet | undefined {
  const [set, setSet] = useState<{ language: string; set: StoryTemplateSet }>();
  useEffect(() => {
    if (language === undefined) return;
    let isLive = true;
    loadStoryTemplates(language).then(
      (found) => {
        if (isLive) setSet({ language, set: found });
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      isLive = false;
    };
  }, [language]);
  return set && set.language === language ? set.set : undefined;
}
