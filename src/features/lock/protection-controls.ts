/**
 * What the protection screens can do, given by the app (app/protection-session.ts), which holds
 * the keys: features never see a key, only these controls and the state they report.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';

/** How far sealing the records already stored has come, in rows. */
export interface Conversion {
  readonly done: number;
  readonly total: number;
  /** Sealing the records (protection turned on) or opening them for good (turned off). */
  readonly direction: 'on' | 'off';
}

export type ProtectionStatus =
  | { readonly kind: 'off' }
  | { readonly kind: 'locked' }
  | { readonly kind: 'open'; readonly conversion: Conversion | null };

/** A passcode or recovery key was tried: it opened, did not, or must wait (ms left). */
export type TryResult = { readonly kind: 'opened' } | { readonly kind: 'wrong' } | Waiting;

export interface Waiting {
  readonly kind: 'wait';
  readonly waitLeft: number;
}

/** Keys made for "Protect with a passcode", not stored until staff confirm the recovery key. */
export interface PreparedProtection {
  readonly recoveryKey: string;
  /** Stores the vault and starts sealing every record. */
  readonly confirm: () => Promise<void>;
}

export interface ProtectionControls {
  readonly subscribe: (listener: () => void) => () => void;
  readonly status: () => ProtectionStatus;
  prepare(passcode: string): Promise<PreparedProtection>;
  unlock(passcode: string, staffName: string): Promise<TryResult>;
  resetPasscode(recoveryKey: string, newPasscode: string, staffName: string): Promise<TryResult>;
  changePasscode(current: string, next: string): Promise<TryResult>;
  /** Checks the passcode, then stores every record without protection again. */
  turnOff(passcode: string): Promise<TryResult>;
  lock(): void;
  /** A protected backup file opened with its passcode or recovery key; null if neither opens it. */
  openBackup(bytes: Uint8Array, secret: string): Promise<Uint8Array | null>;
}

export const ProtectionContext = createContext<ProtectionControls | null>(null);

export function useProtectionControls(): ProtectionControls {
  const controls = useContext(ProtectionContext);
  if (!controls) throw new Error('useProtectionControls needs a ProtectionContext');
  return controls;
}

export function useProtectionStatus(): ProtectionStatus {
  const controls = useProtectionControls();
  return useSyncExternalStore(controls.subscribe, controls.status);
}

/** Shortest passcode accepted: a passphrase of a few words is better still. */
export const MIN_PASSCODE_LENGTH = 8;
