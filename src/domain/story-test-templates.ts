/** For tests: the templates the app ships, read from assets/stories as the app reads them. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStoryTemplates, type StoryTemplateSet } from './story-templates';

// Plain paths, not URLs: under jsdom the global URL is not one node:fs accepts.
export const STORIES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'assets',
  'stories',
);

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(STORIES_DIR, file), 'utf8'));
}

export function shippedStoryTemplates(language = 'en'): StoryTemplateSet {
  return readStoryTemplates(readJson('templates.json'), readJson(`${language}.json`));
}
