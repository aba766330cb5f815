/**
 * Settings → Staff PIN: choosing or changing the PIN. Nothing is saved unless the new PIN has 4 to
 * 8 digits, both copies are the same and, when a PIN exists, the current one matched. The hash is
 * made before the write, never inside the database transaction.
 */
import { useState } from 'react';
import { isPinFormat, type PinHash } from '../../domain/staff-pin';
import { hashPin, verifyPin } from '../../lib/pin-hash';
import { saveStaffPin } from '../../storage/pin-repo';

export type PinFormMessage = 'tooShort' | 'mismatch' | 'currentNoMatch' | 'saved' | 'saveFailed';
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

async function storeNewPin(values: PinFormValues, stored: PinHash | null) {
  const problem = findProblem(values);
  if (problem) return problem;
  if (stored && !(await verifyPin(values.current, stored))) {
    return ['currentNoMatch', 'current'] as const;
  }
  try {
    await saveStaffPin(await hashPin(values.next));
    return null;
  } catch {
    return ['saveFailed', 'next'] as const;
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

  /** Saves when it can; returns the field that needs attention, if any. */
  async function save(): Promise<PinFormField | null> {
    if (isSaving) return null;
    setSaving(true);
    const problem = await storeNewPin(values, stored);
    setSaving(false);
    setMessage(problem ? problem[0] : 'saved');
    setInvalid(problem ? problem[1] : null);
    // A mismatch asks for both again; a PIN is never left in a field after saving.
    if (!problem) setValues(EMPTY);
    else if (problem[0] === 'mismatch') setValues((old) => ({ ...old, next: '', confirm: '' }));
    else if (problem[0] === 'currentNoMatch') setValues((old) => ({ ...old, current: '' }));
    return problem ? (problem[0] === 'mismatch' ? 'next' : problem[1]) : null;
  }

  return { values, message, invalid, isSaving, change, save };
}
