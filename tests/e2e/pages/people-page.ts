/** The People screen (`/`): the list of individuals and the form to add one. */
import { expect, type Locator, type Page } from '@playwright/test';
import { FirstPinPage } from './first-pin';
import { PersonPage } from './person-page';
import { StoryboardPage } from './storyboard-page';

export class PeoplePage {
  readonly heading: Locator;
  readonly nameField: Locator;
  readonly addButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'People', exact: true, level: 1 });
    this.nameField = page.getByRole('textbox', { name: 'Name', exact: true });
    this.addButton = page.getByRole('button', { name: 'Add person', exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  /** The person's entry in the list, named by the person's name. */
  person(name: string): Locator {
    return this.page.getByRole('listitem', { name, exact: true });
  }

  async addPerson(name: string): Promise<void> {
    await this.nameField.fill(name);
    await this.addButton.click();
    await expect(this.person(name)).toBeVisible();
    await expect(this.nameField).toHaveValue('');
  }

  async openPerson(name: string): Promise<PersonPage> {
    await this.person(name).getByRole('link', { name, exact: true }).click();
    const personPage = new PersonPage(this.page, name);
    await expect(personPage.heading).toBeVisible();
    return personPage;
  }

  /** "Start together", stopping on "Welcome", where Together begins. */
  async startTogetherAtWelcome(name: string): Promise<void> {
    await this.person(name).getByRole('button', { name: 'Start together', exact: true }).click();
    await new FirstPinPage(this.page).setPinIfAsked(
      this.page.getByRole('heading', { name: 'Welcome', exact: true, level: 1 }),
    );
  }

  async startTogether(name: string): Promise<StoryboardPage> {
    await this.person(name).getByRole('button', { name: 'Start together', exact: true }).click();
    const storyboard = new StoryboardPage(this.page);
    await storyboard.arriveFromWelcome();
    return storyboard;
  }
}
