/**
 * Settings → Staff PIN: choosing, changing or removing the PIN. Nothing is saved unless the new PIN
 * has 4 to 8 digits, both copies are the same and, when a PIN exists, the current one matched.
 * Tries of the current PIN are claimed and counted with those at the Together prompt (five, then
 * a wait that grows with each round: domain/pin-tries), so Settings is no way round the limit.
 * The hash is made before the write, never inside the database transaction.
 */
import { useState } from 'react';
import { isPinFormat, type PinHash } from '../../domain/staff-pin';
import { hashPin, verifyPin } from '../../lib/pin-hash';
import {
  claimStaffPinTry,
  clearPinAttempts,
  removeStaffPin,
  saveStaffPin,
} from '../../storage/pin-repo';

export type PinFormMessage =
  'tooShort' | 'mismatch' | 'currentNoMatch' | 'wait' | 'saved' | 'removed' | 'saveFailed';
export type PinFormField = 'current' | 'next' | 'confirm';

export interface PinFormValues {
  readonly current: string;
  readonly next: string;
  readonly confirm: string;
}

const EMPTY: PinFormValues = { current: '', next: '', confirm: '' };

/** The first problem with what was typed, and the field to go back to; null when all is well. */
function findProblem(values: PinFormValues): [PinFormMessage, PinFormField] | null {
  if (!isPinFormat(values.next)) return ['tooShort', 'next'];
  if (values.next !== values.confirm) return ['mismatch', 'confirm'];
  return null;
}

type Problem = readonly [PinFormMessage, PinFormField];

/** Checks the current PIN against the stored one; the try is claimed (counted) before. */
async function checkCurrent(current: string, stored: PinHash | null): Promise<Problem | null> {
  if (!stored) return null;
  if (!(await claimStaffPinTry()).isClaimed) return ['wait', 'current'];
  if (await verifyPin(current, stored)) {
    await clearPinAttempts();
    return null;
  }
  return ['currentNoMatch', 'current'];
}

async function storeNewPin(values: PinFormValues, stored: PinHash | null) {
  const problem = findProblem(values) ?? (await checkCurrent(values.current, stored));
  if (problem) return problem;
  try {
    await saveStaffPin(await hashPin(values.next));
    return null;
  } catch {
    return ['saveFailed', 'next'] as const;
  }
}

async function takeAwayPin(values: PinFormValues, stored: PinHash | null) {
  const problem = await checkCurrent(values.current, stored);
  if (problem) return problem;
  try {
    await removeStaffPin();
    return null;
  } catch {
    return ['saveFailed', 'current'] as const;
  }
}

export function usePinForm(stored: PinHash | null) {
  const [values, setValues] = useState<PinFormValues>(EMPTY);
  const [message, setMessage] = useState<PinFormMessage | null>(null);
  const [invalid, setInvalid] = useState<PinFormField | null>(null);
  const [isSaving, setSaving] = useState(false);

  function change(field: PinFormField, value: string) {
    setValues((old) => ({ ...old, [field]: value }));
    if (message === 'saved') setMessage(null);
  }

  /** Saves (or removes) when it can; returns the field that needs attention, if any. */
  async function save(isRemoving = false): Promise<PinFormField | null> {
    if (isSaving) return null;
    setSaving(true);
    const problem = await (isRemoving ? takeAwayPin : storeNewPin)(values, stored);
    setSaving(false);
    setMessage(problem ? problem[0] : isRemoving ? 'removed' : 'saved');
    setInvalid(problem ? problem[1] : null);
    // A mismatch asks for both again; a PIN is never left in a field after saving.
    if (!problem) setValues(EMPTY);
    else if (problem[0] === 'mismatch') setValues((old) => ({ ...old, next: '', confirm: '' }));
    else if (problem[0] === 'currentNoMatch') setValues((old) => ({ ...old, current: '' }));
    return problem ? (problem[0] === 'mismatch' ? 'next' : problem[1]) : null;
  }

  return { values, message, invalid, isSaving, change, save };
}
