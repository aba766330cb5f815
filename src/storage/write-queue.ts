/**
 * Writes from this tab to one record run in turn, so fast typing or quick taps never land out of
 * order: each waits for the one before it (whether that landed or failed). One queue per record
 * key; a key's queue is dropped once it is empty.
 */
export class WriteQueue {
  private readonly queues = new Map<string, Promise<unknown>>();

  /** Runs `write` after every write to `key` this tab started before it. */
  inTurn<T>(key: string, write: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const result = previous.catch(() => undefined).then(write);
    const settled = result.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return result;
  }

  /** Resolves once every write started in this queue has landed (or failed). */
  async settled(): Promise<void> {
    while (this.queues.size > 0) await Promise.allSettled([...this.queues.values()]);
  }
}
