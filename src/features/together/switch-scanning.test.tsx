// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SwitchScanning } from './switch-scanning';

const REST = 1000;

function Board({ onChoose }: { onChoose: (what: string) => void }) {
  const button = (name: string) => (
    <button type="button" onClick={() => onChoose(name)}>
      {name}
    </button>
  );
  return (
    <SwitchScanning restMs={REST}>
      {button('Break')}
      <div role="group" aria-label="Pictures" data-scan-group="">
        {button('angry')}
        {button('sad')}
        {button('happy')}
      </div>
      <div data-scan-group="">{button('Add step')}</div>
      <label>
        Words <input type="text" />
      </label>
      <div className="staff-words">{button('Staff')}</div>
      <button type="button" disabled>
        Back
      </button>
      {button('Next')}
    </SwitchScanning>
  );
}

const highlighted = () => document.querySelector('.scan-highlight');
const rest = () => act(() => vi.advanceTimersByTime(REST));
const press = (key = ' ') => {
  fireEvent.keyDown(document.activeElement ?? document.body, { key });
  act(() => vi.advanceTimersByTime(0));
};

beforeEach(() => {
  vi.useFakeTimers();
  // jsdom lays nothing out, so it has no scrolling.
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('single-switch scanning', () => {
  it('highlights one thing at a time, groups first, and never staff controls or text fields', () => {
    render(<Board onChoose={() => undefined} />);
    const order = [highlighted()?.textContent];
    for (let i = 0; i < 4; i += 1) {
      rest();
      order.push(highlighted()?.textContent);
    }
    // Break, the pictures as one group, "Add step" (a group of one is the thing), Next, Break.
    expect(order).toEqual(['Break', 'angrysadhappy', 'Add step', 'Next', 'Break']);
    expect(highlighted()).toBe(document.activeElement);
  });

  it('opens a group with the switch, chooses inside it, then starts again from the top', () => {
    const onChoose = vi.fn();
    render(<Board onChoose={onChoose} />);
    rest();
    expect(screen.getByRole('group', { name: 'Pictures' })).toHaveClass('scan-highlight');
    press();
    expect(highlighted()).toHaveTextContent('angry');
    rest();
    expect(highlighted()).toHaveTextContent('sad');
    press('Enter');
    expect(onChoose).toHaveBeenCalledWith('sad');
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(highlighted()).toHaveTextContent('Break');
  });

  it('goes back to the groups after one round inside a group', () => {
    render(<Board onChoose={() => undefined} />);
    rest();
    press();
    rest();
    rest();
    expect(highlighted()).toHaveTextContent('happy');
    rest();
    // Out of the pictures, on to what comes after them.
    expect(highlighted()).toHaveTextContent('Add step');
  });

  it('leaves a press in a text field to the field, and does nothing at all when off', () => {
    const onChoose = vi.fn();
    const { unmount } = render(<Board onChoose={onChoose} />);
    const field = screen.getByRole('textbox', { name: 'Words' });
    field.focus();
    fireEvent.keyDown(field, { key: ' ' });
    expect(onChoose).not.toHaveBeenCalled();
    unmount();

    render(
      <SwitchScanning restMs={0}>
        <button type="button">Next</button>
      </SwitchScanning>,
    );
    rest();
    expect(highlighted()).toBeNull();
  });
});
