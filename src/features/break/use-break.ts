/**
 * Whether the Together screen shows the Break. The stored flag decides, so a reload during a
 * break comes back to it; but a break the individual asks for shows at once and stays up even
 * when storing it fails (the screen's save path then says so calmly): nobody waits for the disk,
 * or is kept from a break by it. "Back to talking" works the same way.
 */
import { useState } from 'react';
import type { Conversation } from '../../domain/types';
import { endBreak, startBreak } from '../../storage/conversations-repo';
import type { Save } from '../../storage/use-save';

interface Asked {
  readonly isOnBreak: boolean;
  /** The stored flag when it was asked: a later stored change (another tab) wins. */
  readonly storedWas: boolean;
}

export interface BreakControl {
  readonly isOnBreak: boolean;
  readonly takeBreak: () => void;
  /** Shows the Break for a write that also starts it, such as "Something calm first? Yes". */
  readonly takeBreakWith: (write: Promise<unknown>) => void;
  readonly backToTalking: () => void;
}

export function useBreak(conversation: Pick<Conversation, 'id' | 'isOnBreak'>, save: Save) {
  const stored = conversation.isOnBreak;
  const [asked, setAsked] = useState<Asked | null>(null);
  // This screen's own writes still on their way: while one is, the stored flag is on its way too
  // (a break and "Back to talking" tapped quickly must not show the break again in between).
  const [pending, setPending] = useState(0);
  // Adjusting state during render (not in an effect) avoids one render with the old value.
  if (
    asked !== null &&
    pending === 0 &&
    (asked.isOnBreak === stored || asked.storedWas !== stored)
  ) {
    setAsked(null);
  }

  const ask = (isOnBreak: boolean, write: Promise<unknown>) => {
    setAsked({ isOnBreak, storedWas: stored });
    setPending((count) => count + 1);
    save(write);
    void write.catch(() => undefined).finally(() => setPending((count) => count - 1));
  };
  const control: BreakControl = {
    isOnBreak: asked?.isOnBreak ?? stored,
    takeBreak: () => ask(true, startBreak(conversation.id)),
    takeBreakWith: (write) => ask(true, write),
    backToTalking: () => ask(false, endBreak(conversation.id)),
  };
  return control;
}
