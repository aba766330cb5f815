import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  feelInStep,
  withSmallCatalogue,
  startConversationAt,
} from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import { DRAWING_TYPE, saveFeelingDrawing } from '../../storage/together-repo';

/** Angry, felt big, in step 1 of a story on "How did it feel?". */
async function onFeelings() {
  withSmallCatalogue();
  const id = await startConversationAt(await addPerson('Sam'), 'how-did-it-feel');
  const frameId = (await db.conversations.get(id))!.story[0]!.id;
  const feelingId = await feelInStep(id, frameId, 'feeling-angry', { size: 3 });
  return { id, frameId, feelingId };
}

/** The drawing is one of the extras behind "Add more". */
async function openDrawing(user: UserEvent): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: 'Add more' }));
  await user.click(screen.getByRole('button', { name: 'Drawing' }));
  return screen.getByRole('img', { name: 'Drawing of angry in step 1' });
}

const drawingOf = async (id: string, frameId: string) =>
  (await db.conversations.get(id))!.feelings.find((f) => f.frameId === frameId)?.drawingMediaId ??
  null;

/** How many lines the stored drawing of a step holds. */
async function strokesStored(id: string, frameId: string): Promise<number> {
  const mediaId = await drawingOf(id, frameId);
  const media = mediaId ? await db.media.get(mediaId) : undefined;
  if (!media) return 0;
  return (JSON.parse(new TextDecoder().decode(media.bytes)) as { strokes: unknown[] }).strokes
    .length;
}

function drawLine(area: Element, pointerId = 1) {
  const at = (x: number, y: number) => ({
    pointerId,
    pointerType: 'touch',
    clientX: x,
    clientY: y,
  });
  fireEvent.pointerDown(area, at(10, 10));
  for (const x of [30, 60, 90, 120]) fireEvent.pointerMove(area, at(x, x / 2));
  fireEvent.pointerUp(area, at(120, 60));
}

describe('the drawing for a feeling', () => {
  it('saves each finger line as it is drawn, shows the drawing again, and clears it', async () => {
    const { id, frameId } = await onFeelings();
    const { user, unmount } = renderAppAt(`/together/${id}`);
    const area = await openDrawing(user);
    expect(area).toHaveAccessibleDescription('Nothing drawn yet.');

    drawLine(area);
    expect(area.querySelectorAll('path')).toHaveLength(1);
    expect(area).toHaveAccessibleDescription('A drawing with 1 line.');

    // The pad shows each line at once; only the records say it was stored.
    await waitFor(async () => expect(await drawingOf(id, frameId)).not.toBeNull());
    const mediaId = (await drawingOf(id, frameId))!;
    const media = (await db.media.get(mediaId))!;
    expect(media.type).toBe(DRAWING_TYPE);
    expect(media.type).toBe('application/vnd.restory.drawing+json');
    const json = JSON.parse(new TextDecoder().decode(media.bytes)) as {
      version: number;
      strokes: { colour: string; points: number[][] }[];
    };
    expect(json.version).toBe(1);
    expect(json.strokes.length).toBeGreaterThanOrEqual(1);
    // Down and four moves; lifting the finger adds no point.
    expect(json.strokes[0]!.points).toHaveLength(5);

    unmount();
    const again = renderAppAt(`/together/${id}`);
    // With a drawing stored, "Add more" opens by itself: what was chosen stays in view.
    const shown = await screen.findByRole('img', { name: 'Drawing of angry in step 1' });
    await waitFor(() => expect(shown.querySelectorAll('path')).toHaveLength(1));
    expect(shown).toHaveAccessibleDescription('A drawing with 1 line.');

    await again.user.click(screen.getByRole('button', { name: 'Clear drawing' }));
    await waitFor(() => expect(shown.querySelectorAll('path')).toHaveLength(0));
    expect(shown).toHaveAccessibleDescription('Nothing drawn yet.');
    await waitFor(async () => expect(await drawingOf(id, frameId)).toBeNull());
    expect(await db.media.get(mediaId)).toBeUndefined();
  });

  it('draws in the chosen colour, and Undo takes the last line out of the stored drawing', async () => {
    const { id, frameId } = await onFeelings();
    const { user } = renderAppAt(`/together/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Add more' }));
    await user.click(screen.getByRole('button', { name: 'Colour' }));
    await user.click(screen.getByRole('button', { name: 'Red' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Red' })).toHaveAttribute('aria-pressed', 'true'),
    );
    await user.click(screen.getByRole('button', { name: 'Drawing' }));
    const area = screen.getByRole('img', { name: 'Drawing of angry in step 1' });
    drawLine(area);
    drawLine(area, 2);
    expect([...area.querySelectorAll('path')].map((p) => p.getAttribute('fill'))).toEqual([
      '#d62828',
      '#d62828',
    ]);
    await waitFor(async () => expect(await strokesStored(id, frameId)).toBe(2));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(area.querySelectorAll('path')).toHaveLength(1);
    await waitFor(async () => expect(await strokesStored(id, frameId)).toBe(1));
    expect(await db.media.count()).toBe(1);
  });

  it('shows a calm line instead of a damaged drawing', async () => {
    const { id, feelingId } = await onFeelings();
    const damaged = new TextEncoder().encode('{"version":1,"strokes":"x"}');
    await saveFeelingDrawing(id, feelingId, damaged);
    renderAppAt(`/together/${id}`);
    const area = await screen.findByRole('img', { name: 'Drawing of angry in step 1' });
    await waitFor(() =>
      expect(area).toHaveAccessibleDescription(
        'The saved drawing could not be shown. You can draw a new one.',
      ),
    );
    expect(area.querySelectorAll('path')).toHaveLength(0);
  });

  it('is not offered when the individual chose other ways on Welcome', async () => {
    const { id } = await onFeelings();
    await db.conversations.update(id, {
      welcome: { ways: ['pictures'], isThirdPersonJoining: null, isCalmFirst: null },
    });
    const { user } = renderAppAt(`/together/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Add more' }));
    expect(screen.getByRole('button', { name: 'Colour' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Drawing' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
