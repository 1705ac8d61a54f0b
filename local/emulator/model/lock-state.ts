/**
 * Who holds a document's lock. Each emulated execution has a holder id; a test can take the lock
 * as another holder to simulate a concurrent execution.
 */
export class DocumentLockState {
  holder: string | null = null;

  tryAcquire(holder: string): boolean {
    if (this.holder !== null && this.holder !== holder) return false;
    this.holder = holder;
    return true;
  }

  release(holder: string): void {
    if (this.holder === holder) this.holder = null;
  }

  /** Test hook: another execution takes the lock (and keeps it until releaseOther). */
  holdAsOther(holder = "another-execution"): void {
    this.holder = holder;
  }

  releaseOther(): void {
    this.holder = null;
  }
}
