/**
 * "Protect with a passcode" for this tab (issue 16, decision 2): holds the data key while staff
 * have unlocked, and nowhere else. Storage gets a sealer made from it (storage/protection.ts);
 * the screens get only the controls (features/lock/protection-controls.ts).
 */
import type {
  Conversion,
  PreparedProtection,
  ProtectionControls,
  ProtectionStatus,
  TryResult,
} from '../features/lock/protection-controls';
import { pinWaitLeft } from '../domain/pin-tries';
import { isBytes } from '../domain/sealed-payload';
import {
  isKeyVault,
  parseRecoveryKey,
  rewrapKeys,
  setUpKeys,
  unlockKeys,
  WrongSecretError,
  type KeyVault,
  type Secret,
} from '../lib/protection-keys';
import { openFields, sealFields } from '../lib/record-seal';
import { saveStaffName } from '../storage/audit-repo';
import { db } from '../storage/database';
import {
  beginProtection,
  closeRecords,
  logUnlessStoppedByLock,
  openRecords,
  protectionState,
  readOpened,
  readProtection,
  readRowsToOpen,
  saveVault,
  type RowsToOpen,
  type RecordSealer,
  type StoredProtection,
} from '../storage/protection';
import type { ConversionProgress } from '../storage/protection-conversion';
import { claimPasscodeTry, clearPasscodeAttempts } from '../storage/protection-repo';

/** How long after unlocking the daily full check of every record may begin (as in main.tsx). */
const FULL_CHECK_DELAY_MS = 3000;

/** How long the lock screen shows before the sealed rows are read ahead of the passcode. */
const READ_AHEAD_DELAY_MS = 500;

/**
 * What a start does when records are not locked (main.tsx): every record checked before a screen
 * reads it (record-sweep.ts) and an undo snapshot past its 7 days erased; the daily full check
 * follows a little later (ProtectionSession). A check that fails itself must not keep the records
 * from opening.
 */
async function checkRecordsOnUnlock(): Promise<void> {
  await import('../storage/record-sweep')
    .then(({ checkBeforeStart }) => readOpened(() => checkBeforeStart(db)))
    .catch(logUnlessStoppedByLock);
  import('../storage/backup/restore-snapshot')
    .then(({ eraseExpiredSnapshot }) => eraseExpiredSnapshot())
    .catch(logUnlessStoppedByLock);
}

/** The daily full check of every record, when a day has passed since the last (record-sweep.ts). */
function fullCheckWhenDue(): void {
  import('../storage/record-sweep')
    .then(({ checkAllWhenDue }) => readOpened(() => checkAllWhenDue(db)))
    .catch(logUnlessStoppedByLock);
}

function sealerWith(key: CryptoKey): RecordSealer {
  return {
    seal: (table, id, fields) => sealFields(key, table, id, fields),
    open: (table, id, sealed) => openFields(key, table, id, sealed),
  };
}

async function storedVault(): Promise<StoredProtection & { vault: KeyVault }> {
  const stored = await readProtection();
  if (!stored || !isKeyVault(stored.vault)) throw new Error('Records are not protected');
  return { ...stored, vault: stored.vault };
}

export class ProtectionSession implements ProtectionControls {
  /** `fullCheckDelayMs`: how long after an unlock the daily full check may begin. */
  constructor(private readonly fullCheckDelayMs = FULL_CHECK_DELAY_MS) {}

  private current: ProtectionStatus = { kind: 'off' };
  private readonly listeners = new Set<() => void>();
  private isSettingUp = false;
  /** Counts locks, so that an unlock or set-up still finishing after a lock does not reopen. */
  private locks = 0;
  /**
   * Sealed rows read while the lock screen waits for the passcode: reading needs no key, and it
   * takes most of an unlock at a service's scale. Rows written meanwhile in another tab are
   * opened when first read (protection.ts `readOpened`).
   */
  private readAhead: RowsToOpen | null = null;
  /** The daily full check, due a little after an unlock; dropped if the records close first. */
  private fullCheck: ReturnType<typeof setTimeout> | undefined;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  status = (): ProtectionStatus => this.current;

  private set(status: ProtectionStatus): void {
    this.current = status;
    if (status.kind !== 'open') clearTimeout(this.fullCheck);
    for (const listener of this.listeners) listener();
    if (status.kind === 'locked') this.readAheadSoon();
  }

  private readAheadSoon(): void {
    setTimeout(() => {
      if (this.current.kind === 'locked' && !this.readAhead) this.readAhead = readRowsToOpen();
    }, READ_AHEAD_DELAY_MS);
  }

  /** Reads what storage says (after the database opened, or another tab switched protection on). */
  refresh(): void {
    if (this.isSettingUp) return;
    const state = protectionState();
    if (state === 'open' && this.current.kind === 'open') return;
    this.set(state === 'open' ? { kind: 'open', conversion: null } : { kind: state });
  }

  async prepare(passcode: string): Promise<PreparedProtection> {
    const { vault, dataKey, recoveryKey } = await setUpKeys(passcode);
    return {
      recoveryKey,
      confirm: async () => {
        // Open from the first moment the setting exists, so the screens never flash locked.
        this.isSettingUp = true;
        this.set({ kind: 'open', conversion: { done: 0, total: 0, direction: 'on' } });
        const locks = this.locks;
        try {
          await beginProtection(vault, sealerWith(dataKey));
        } finally {
          this.isSettingUp = false;
        }
        if (this.locks !== locks) {
          closeRecords();
          return;
        }
        await this.convert();
      },
    };
  }

  /** Seals what is still plain, reporting progress; resumes where a closed tab left off. */
  private async convert(): Promise<void> {
    // Progress is shown only while open: a lock half-way must not open the screens again.
    const report = (progress: ConversionProgress | null) => {
      const conversion: Conversion | null = progress && { ...progress, direction: 'on' };
      if (this.current.kind === 'open') this.set({ kind: 'open', conversion });
    };
    report({ done: 0, total: 0 });
    try {
      // Loaded when needed: conversion and protected backups stay out of the first screen.
      const { convertRecords } = await import('../storage/protection-conversion');
      await convertRecords(report);
    } catch (error) {
      // Locked half-way: what is left is sealed at the next unlock (the setting says so).
      if (this.current.kind === 'locked') return;
      throw error;
    }
    report(null);
  }

  /** One try of a secret, claimed first so that tabs guessing at once share the count. */
  private async tryKey(
    secret: Secret,
  ): Promise<{ kind: 'key'; key: CryptoKey } | Exclude<TryResult, { kind: 'opened' }>> {
    const claim = await claimPasscodeTry();
    if (!claim.isClaimed) {
      return { kind: 'wait', waitLeft: pinWaitLeft(claim.attempts, Date.now()) };
    }
    const { vault } = await storedVault();
    try {
      const key = await unlockKeys(vault, secret);
      await clearPasscodeAttempts();
      return { kind: 'key', key };
    } catch (error) {
      if (error instanceof WrongSecretError) return { kind: 'wrong' };
      throw error;
    }
  }

  /** Opens every record for good and removes the vault; resumes where a closed tab left off. */
  private async unprotect(): Promise<void> {
    const report = (progress: ConversionProgress) => {
      if (this.current.kind === 'open') {
        this.set({ kind: 'open', conversion: { ...progress, direction: 'off' } });
      }
    };
    try {
      const { endProtection } = await import('../storage/protection-conversion');
      await endProtection(report);
    } catch (error) {
      if (this.current.kind === 'locked') return;
      throw error;
    }
    this.set({ kind: 'off' });
  }

  async turnOff(passcode: string): Promise<TryResult> {
    const tried = await this.tryKey({ passcode });
    if (tried.kind !== 'key') return tried;
    await this.unprotect();
    return { kind: 'opened' };
  }

  private async open(key: CryptoKey, staffName: string): Promise<TryResult> {
    const { isConverting, isTurningOff } = await storedVault();
    const locks = this.locks;
    const reading = this.readAhead ?? readRowsToOpen();
    this.readAhead = null;
    await openRecords(sealerWith(key), reading);
    if (this.locks !== locks) {
      closeRecords();
      return { kind: 'opened' };
    }
    await checkRecordsOnUnlock();
    if (staffName.trim() !== '') await saveStaffName(staffName);
    this.set({ kind: 'open', conversion: null });
    clearTimeout(this.fullCheck);
    this.fullCheck = setTimeout(() => {
      if (protectionState() === 'open') fullCheckWhenDue();
    }, this.fullCheckDelayMs);
    if (isConverting) void this.convert();
    if (isTurningOff) void this.unprotect();
    return { kind: 'opened' };
  }

  async unlock(passcode: string, staffName: string): Promise<TryResult> {
    // Read ahead, or else while the key is derived: the sealed rows need no key to be read.
    this.readAhead ??= readRowsToOpen();
    const tried = await this.tryKey({ passcode });
    return tried.kind === 'key' ? this.open(tried.key, staffName) : tried;
  }

  async resetPasscode(recoveryKey: string, next: string, staffName: string): Promise<TryResult> {
    const tried = await this.tryKey({ recoveryKey });
    if (tried.kind !== 'key') return tried;
    const { vault } = await storedVault();
    await saveVault(await rewrapKeys(vault, { recoveryKey }, next));
    return this.open(tried.key, staffName);
  }

  async changePasscode(current: string, next: string): Promise<TryResult> {
    const tried = await this.tryKey({ passcode: current });
    if (tried.kind !== 'key') return tried;
    const { vault } = await storedVault();
    await saveVault(await rewrapKeys(vault, { passcode: current }, next));
    return { kind: 'opened' };
  }

  lock(): void {
    if (this.current.kind === 'off') return;
    this.locks += 1;
    closeRecords();
    this.readAhead = null;
    this.set({ kind: 'locked' });
  }

  /**
   * A protected backup's file opened with its passcode or recovery key (tried as both when it
   * reads as a recovery key); null when neither opens it. Its tries are not counted: the file
   * can be copied and tried anywhere, so only its passcode's strength protects it.
   */
  async openBackup(bytes: Uint8Array, secret: string): Promise<Uint8Array | null> {
    const { readProtectedBackup } = await import('../storage/backup/protected-backup');
    const backup = await readProtectedBackup(bytes);
    if (!backup || !isKeyVault(backup.vault)) return null;
    const secrets: Secret[] = [{ passcode: secret }];
    if (parseRecoveryKey(secret)) secrets.push({ recoveryKey: secret });
    for (const each of secrets) {
      try {
        const key = await unlockKeys(backup.vault, each);
        const { file } = await openFields(key, 'backup', backup.id, backup.sealed);
        return isBytes(file) ? file : null;
      } catch {
        // The next secret, or null.
      }
    }
    return null;
  }
}
