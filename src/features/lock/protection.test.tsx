import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAppAt } from '../../../tests/render-app';
import { addPerson } from '../../storage/people-repo';

const NAME = 'Sam Testperson';

async function protectWith(user: ReturnType<typeof renderAppAt>['user'], passcode: string) {
  await user.type(await screen.findByLabelText('Passcode'), passcode);
  await user.type(screen.getByLabelText('Confirm passcode'), passcode);
  await user.click(screen.getByRole('button', { name: 'Protect with a passcode' }));
  const start = await screen.findByRole(
    'button',
    { name: 'Start protecting' },
    { timeout: 10_000 },
  );
  expect(start).toBeDisabled();
  await user.click(screen.getByRole('checkbox', { name: /I have saved the recovery key/ }));
  await user.click(start);
  await screen.findByText('The records on this tablet are protected with a passcode.');
}

describe('Protect with a passcode', () => {
  it('refuses a short passcode, or two that differ, and protects nothing', async () => {
    const { user } = renderAppAt('/settings');
    await user.type(await screen.findByLabelText('Passcode'), 'short');
    await user.type(screen.getByLabelText('Confirm passcode'), 'short');
    await user.click(screen.getByRole('button', { name: 'Protect with a passcode' }));
    expect(await screen.findByText('The passcode needs at least 8 characters.')).toBeVisible();
    await user.clear(screen.getByLabelText('Confirm passcode'));
    await user.type(screen.getByLabelText('Passcode'), ' and longer');
    await user.type(screen.getByLabelText('Confirm passcode'), 'something else');
    await user.click(screen.getByRole('button', { name: 'Protect with a passcode' }));
    expect(await screen.findByText(/The two passcodes are not the same/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Start protecting' })).toBeNull();
  });

  it('locks with nothing of a record on the page, and opens only with the passcode', async () => {
    await addPerson(NAME);
    const { user } = renderAppAt('/settings');
    await protectWith(user, 'green kettle morning');

    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    await screen.findByRole('heading', { name: 'Restory is locked' });
    expect(document.body.textContent).not.toContain(NAME);

    await user.type(screen.getByLabelText('Passcode'), 'green kettle evening');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(
      await screen.findByText(/That passcode does not open the records/, {}, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Restory is locked' })).toBeVisible();

    await user.type(screen.getByLabelText('Passcode'), 'green kettle morning');
    await user.type(screen.getByLabelText('Your name'), 'Jo');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByText(
      'The records on this tablet are protected with a passcode.',
      undefined,
      {
        timeout: 10_000,
      },
    );
    await user.click(screen.getByRole('link', { name: 'People' }));
    expect(await screen.findByRole('link', { name: new RegExp(NAME) })).toBeVisible();
  });

  it('turns off with the passcode only, and then offers to protect again', async () => {
    await addPerson(NAME);
    const { user } = renderAppAt('/settings');
    await protectWith(user, 'green kettle morning');

    await user.type(screen.getByLabelText('Passcode'), 'green kettle evening');
    await user.click(screen.getByRole('button', { name: 'Turn off protection' }));
    expect(
      await screen.findByText(/That passcode does not open the records/, {}, { timeout: 10_000 }),
    ).toBeVisible();

    await user.clear(screen.getByLabelText('Passcode'));
    await user.type(screen.getByLabelText('Passcode'), 'green kettle morning');
    await user.click(screen.getByRole('button', { name: 'Turn off protection' }));
    expect(
      await screen.findByRole('button', { name: 'Protect with a passcode' }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Back up now' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'People' }));
    expect(await screen.findByRole('link', { name: new RegExp(NAME) })).toBeVisible();
  });
});
