/** Privacy hardening: a strict Content-Security-Policy on every main screen, served and precached. */
import { test as plainTest } from '@playwright/test';
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';

// This journey is about what the service worker does (the config blocks it elsewhere).
// A fresh context for each test: a reused one would keep the last test's service worker caches.
test.use({ serviceWorkers: 'allow', reuseContext: false });

const REQUIRED = ["default-src 'self'", "object-src 'none'", "base-uri 'none'"];

test('every main screen carries the policy, and nothing on them breaks it', async ({ page }) => {
  const response = await page.goto('/');
  const header = (await response?.headerValue('content-security-policy')) ?? '';
  for (const directive of [...REQUIRED, "frame-ancestors 'none'"])
    expect(header).toContain(directive);
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  for (const directive of REQUIRED)
    await expect(meta).toHaveAttribute('content', new RegExp(directive));
  expect(header + ((await meta.getAttribute('content')) ?? '')).not.toMatch(/https?:|\*/);

  // Each screen below runs under the fixture, which fails on any policy violation.
  const people = new PeoplePage(page);
  await people.addPerson('Sam');
  await people.openPerson('Sam');
  await page.getByRole('button', { name: 'Prepare a conversation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Prepare a conversation' })).toBeVisible();
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await people.openPerson('Sam');
  await page.getByRole('link', { name: 'Edit profile' }).click();
  await expect(page.getByRole('heading', { name: /Profile of Sam/ })).toBeVisible();
});

plainTest('the policy refuses anything from another origin', async ({ page }) => {
  await page.goto('/');
  const blocked = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve(event.violatedDirective),
          { once: true },
        );
        const image = document.createElement('img');
        image.src = 'https://example.invalid/tracker.png';
        document.body.append(image);
      }),
  );
  plainTest.expect(blocked).toBe('img-src');
});
