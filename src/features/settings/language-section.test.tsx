/** Settings → Language: the staff screens change language at once and stay so after a restart. */
import { screen } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../../tests/render-app';
import { preferredLanguage } from '../../i18n/setup';

afterEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('en');
});

describe('Settings → Language', () => {
  it('shows the staff screens in the chosen language, remembered for the next start', async () => {
    const { user } = renderAppAt('/settings');
    const field = await screen.findByLabelText('Language of the staff screens');
    expect(field).toHaveDisplayValue('English');

    await user.selectOptions(field, 'Español');

    expect(await screen.findByRole('heading', { name: 'Idioma', level: 2 })).toBeVisible();
    expect(screen.getByLabelText('Idioma de las pantallas del personal')).toHaveDisplayValue(
      'Español',
    );
    expect(document.documentElement.lang).toBe('es');
    expect(preferredLanguage(['en-GB'])).toBe('es');
  });

  it('lays the page out right to left in Arabic', async () => {
    const { user } = renderAppAt('/settings');
    await user.selectOptions(await screen.findByLabelText('Language of the staff screens'), 'ar');
    expect(await screen.findByRole('heading', { name: 'اللغة', level: 2 })).toBeVisible();
    expect(document.documentElement.dir).toBe('rtl');
  });
});
