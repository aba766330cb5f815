import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RestoreControls } from './restore-controls';
import type { RestoreState } from './use-backup-restore';

function renderControls(state: RestoreState) {
  render(
    <RestoreControls
      state={state}
      onFile={() => undefined}
      onRestore={() => undefined}
      onConfirming={() => undefined}
      onSecret={() => undefined}
    />,
  );
}

describe('checking a chosen backup file', () => {
  it('shows how far the check has got, and waits before another file', () => {
    renderControls({ kind: 'checking', done: 40, total: 160 });

    const bar = screen.getByRole('progressbar', { name: 'Checking the backup file' });
    expect(bar).toHaveAttribute('value', '40');
    expect(bar).toHaveAttribute('max', '160');
    expect(screen.getByRole('status')).toHaveTextContent('Checking the file…');
    expect(screen.getByLabelText('Backup file')).toBeDisabled();
  });

  it('shows no progress once the file is refused', () => {
    renderControls({ kind: 'refused', reason: 'too-big' });

    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'This file is too big to be a Restory backup. Nothing has changed.',
    );
    expect(screen.getByLabelText('Backup file')).toBeEnabled();
  });
});
