/**
 * Journeys in another language: Sam's profile set to a language and Together started, as staff
 * would, every name found by the words an reader of that language hears (words.ts).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../fixtures';
import { TEST_PIN } from './first-pin';
import { wordOf } from './words';

/** Each language's own name, as the profile lists it. */
export const LANGUAGE_NAMES = {
  en: 'English',
  es: 'Español',
  pl: 'Polski',
  cy: 'Cymraeg',
  ar: 'العربية',
} as const;
export type Language = keyof typeof LANGUAGE_NAMES;

/** Staff's words (Settings → Language) from the first screen on; call before the first visit. */
export async function useStaffLanguage(page: Page, language: Language): Promise<void> {
  await page.addInitScript((code) => localStorage.setItem('restory.staffLanguage', code), language);
}

export function stepHeading(page: Page, language: Language, step: string): Locator {
  return page.getByRole('heading', {
    name: wordOf(language, 'common', `together.steps.${step}`),
    exact: true,
    level: 1,
  });
}

/**
 * Sam's Together in `person`'s language, reached as staff would in `staff`'s: the profile
 * (language, and feminine words), then "Start together" and the first PIN. With `checkEach`, axe
 * checks each staff screen on the way.
 */
export async function startTogetherIn(
  page: Page,
  staff: Language,
  person: Language,
  checkEach = false,
): Promise<void> {
  const t = (namespace: string, path: string) => wordOf(staff, namespace, path);
  await page.goto('/');
  await page.getByRole('link', { name: 'Sam', exact: true }).click();
  await page.getByRole('link', { name: t('profile', 'summary.edit'), exact: true }).click();
  await page
    .getByRole('combobox', { name: t('profile', 'editor.language'), exact: true })
    .selectOption({ label: LANGUAGE_NAMES[person] });
  await page
    .getByRole('combobox', { name: t('profile', 'editor.gender'), exact: true })
    .selectOption({ label: t('profile', 'editor.genderFeminine') });
  if (checkEach) await expectNoAxeViolations(page);
  await page.getByRole('button', { name: t('profile', 'editor.save'), exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sam', exact: true, level: 1 })).toBeVisible();
  if (checkEach) await expectNoAxeViolations(page);

  await page
    .getByRole('button', { name: t('common', 'people.startTogether'), exact: true })
    .click();
  // The first time, staff set a PIN: staff's words.
  await expect(
    page.getByRole('heading', { name: t('lock', 'firstPin.heading'), level: 1 }),
  ).toBeVisible();
  if (checkEach) await expectNoAxeViolations(page);
  await page
    .getByRole('textbox', { name: t('lock', 'dialog.name'), exact: true })
    .fill('Sam Staff');
  await page.getByLabel(t('lock', 'settings.newPin'), { exact: true }).fill(TEST_PIN);
  await page.getByLabel(t('lock', 'settings.confirmPin'), { exact: true }).fill(TEST_PIN);
  await page.getByRole('button', { name: t('lock', 'firstPin.save'), exact: true }).click();
  await expect(stepHeading(page, person, 'welcome')).toBeVisible();
}
