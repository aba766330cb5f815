import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DeletePerson } from './delete-person';

const FSI = '\u2068';
const PDI = '\u2069';
// A right-to-left override: left open in a sentence, it lays out everything after it backwards,
// so "Erase ‮Bob for good" shows as "Erase doog rof boB".
const NAME = '\u202eBob';

/** The text of an element as [before the isolate, inside it, after it]. */
function isolatedParts(element: HTMLElement): [string, string, string] {
  const text = element.textContent;
  const start = text.indexOf(FSI);
  const end = text.lastIndexOf(PDI);
  expect(start, `"${text}" has no isolated words`).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return [text.slice(0, start), text.slice(start + 1, end), text.slice(end + 1)];
}

describe('deleting a person whose name reverses text', () => {
  it('keeps the app’s own words in order around the isolated name in both questions', async () => {
    const user = userEvent.setup();
    render(<DeletePerson name={NAME} onDelete={() => Promise.resolve()} />);

    await user.click(screen.getByRole('button', { name: 'Delete person' }));
    const first = screen.getByRole('group');
    expect(isolatedParts(screen.getByText(/from this tablet\?$/))).toEqual([
      'Delete ',
      NAME,
      ' from this tablet?',
    ]);
    expect(isolatedParts(screen.getByRole('button', { name: /^No, keep/ }))).toEqual([
      'No, keep ',
      NAME,
      '',
    ]);
    expect(first).toHaveAccessibleName(`Delete ${FSI}${NAME}${PDI} from this tablet?`);

    await user.click(screen.getByRole('button', { name: 'Yes, go on' }));
    const [before, inside, after] = isolatedParts(screen.getByText(/^This erases/));
    expect([before, inside]).toEqual(['This erases ', NAME]);
    expect(after).toMatch(/^ and everything about them: conversations, photos/);
    expect(isolatedParts(screen.getByRole('button', { name: /for good$/ }))).toEqual([
      'Erase ',
      NAME,
      ' for good',
    ]);
  });
});
