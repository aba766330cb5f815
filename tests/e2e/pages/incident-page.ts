/** An incident (`/incidents/:id`): its details, safeguarding, who was involved, its conversations. */
import { expect, type Locator, type Page } from '@playwright/test';
import { PeoplePage } from './people-page';
import { readStoredRows } from './stored-rows';

export interface IncidentFields {
  readonly when: string;
  readonly where: string;
  readonly note: string;
  readonly logReference: string;
  readonly injury: string;
}

interface StoredIncident {
  readonly note: string;
  readonly safeguarding: { readonly logReference: string; readonly injury: string };
}

export class IncidentPage {
  readonly heading: Locator;
  readonly when: Locator;
  readonly where: Locator;
  readonly note: Locator;
  readonly logReference: Locator;
  readonly injury: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Incident', exact: true, level: 1 });
    this.when = page.getByLabel('When did it happen?', { exact: true });
    this.where = page.getByRole('textbox', { name: 'Where did it happen?', exact: true });
    this.note = page.getByRole('textbox', { name: 'A short, factual note', exact: true });
    this.logReference = page.getByRole('textbox', { name: 'Incident log reference', exact: true });
    this.injury = page.getByRole('textbox', { name: 'Any injury', exact: true });
  }

  /** A new person, and "Add incident" on their page: the incident, open. */
  static async addFor(page: Page, personName: string): Promise<IncidentPage> {
    const people = new PeoplePage(page);
    await people.goto();
    await people.addPerson(personName);
    await people.openPerson(personName);
    await page.getByRole('button', { name: 'Add incident', exact: true }).click();
    const incident = new IncidentPage(page);
    await expect(incident.heading).toBeVisible();
    return incident;
  }

  async fill(fields: IncidentFields): Promise<void> {
    await this.when.fill(fields.when);
    await this.where.fill(fields.where);
    await this.note.fill(fields.note);
    await this.logReference.fill(fields.logReference);
    await this.page.getByRole('radio', { name: 'Yes', exact: true }).check();
    await this.injury.fill(fields.injury);
    await this.page.getByRole('checkbox', { name: 'The safeguarding lead', exact: true }).check();
    await this.page.getByRole('heading', { name: 'Safeguarding', exact: true }).click();
    // Saved as typed: wait until the device holds the last field.
    await expect
      .poll(async () => {
        const [stored] = await readStoredRows<StoredIncident>(this.page, 'incidents');
        return [stored?.note, stored?.safeguarding.logReference, stored?.safeguarding.injury];
      })
      .toEqual([fields.note, fields.logReference, fields.injury]);
  }

  async expectKept(fields: IncidentFields): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.when).toHaveValue(fields.when);
    await expect(this.where).toHaveValue(fields.where);
    await expect(this.note).toHaveValue(fields.note);
    await expect(this.logReference).toHaveValue(fields.logReference);
    await expect(this.injury).toHaveValue(fields.injury);
    await expect(this.page.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
    await expect(
      this.page.getByRole('checkbox', { name: 'The safeguarding lead', exact: true }),
    ).toBeChecked();
  }

  async addPeer(name: string): Promise<void> {
    await this.page.getByRole('radio', { name: 'A peer without a profile', exact: true }).check();
    await this.page.getByRole('textbox', { name: 'Their name', exact: true }).fill(name);
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(
      this.page.getByRole('button', { name: `Remove ${name}`, exact: true }),
    ).toBeVisible();
  }

  async talkWith(name: string): Promise<void> {
    await this.page
      .getByRole('button', { name: 'Talk with someone affected', exact: true })
      .click();
    await this.page.getByRole('button', { name: `Talk with ${name}`, exact: true }).click();
  }
}
