/**
 * The protection controls the app gives its screens, with the session's code (keys, sealing,
 * the passcode's tries) loaded only when records are protected or staff start to protect them:
 * a tablet without a passcode never loads it, and the first screen stays small.
 */
import type {
  PreparedProtection,
  ProtectionControls,
  ProtectionStatus,
  TryResult,
} from '../features/lock/protection-controls';
import type { ProtectionSession } from './protection-session';

const OFF: ProtectionStatus = { kind: 'off' };

export class LazyProtectionSession implements ProtectionControls {
  private session: ProtectionSession | null = null;
  private loading: Promise<ProtectionSession> | null = null;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Off until the session is loaded; the gate keeps a protected tablet locked meanwhile. */
  status = (): ProtectionStatus => this.session?.status() ?? OFF;

  private load(): Promise<ProtectionSession> {
    this.loading ??= import('./protection-session').then(({ ProtectionSession }) => {
      const session = new ProtectionSession();
      session.subscribe(() => {
        for (const listener of this.listeners) listener();
      });
      this.session = session;
      return session;
    });
    return this.loading;
  }

  /** What storage says now: loads the session first when records are protected. */
  refresh(isProtected: boolean): void {
    if (!isProtected && !this.session) return;
    void this.load().then((session) => session.refresh());
  }

  async prepare(passcode: string): Promise<PreparedProtection> {
    return (await this.load()).prepare(passcode);
  }

  async unlock(passcode: string, staffName: string): Promise<TryResult> {
    return (await this.load()).unlock(passcode, staffName);
  }

  async resetPasscode(recoveryKey: string, next: string, staffName: string): Promise<TryResult> {
    return (await this.load()).resetPasscode(recoveryKey, next, staffName);
  }

  async changePasscode(current: string, next: string): Promise<TryResult> {
    return (await this.load()).changePasscode(current, next);
  }

  async turnOff(passcode: string): Promise<TryResult> {
    return (await this.load()).turnOff(passcode);
  }

  lock(): void {
    this.session?.lock();
  }

  async openBackup(bytes: Uint8Array, secret: string): Promise<Uint8Array | null> {
    return (await this.load()).openBackup(bytes, secret);
  }
}
