/**
 * LockService's document lock. Node runs one execution at a time, so waiting cannot end another
 * holder's lock: waitLock fails at once (as after its timeout) when another holder has it. Tests
 * simulate a concurrent execution with workbook.documentLock.holdAsOther().
 */
import type { GasLock, GasLockService } from "../../addon/server/gas/spreadsheet-types.ts";
import type { CallCounter } from "./call-counter.ts";
import type { DocumentLockState } from "./model/lock-state.ts";
import { gasError } from "./spreadsheet/errors.ts";

const MAX_TIMEOUT_MS = 300_000;

function checkTimeout(timeout: unknown): void {
  if (typeof timeout !== "number" || !Number.isFinite(timeout) || timeout < 0 || timeout > MAX_TIMEOUT_MS) {
    throw gasError("Invalid argument: timeoutInMillis");
  }
}

export class EmuLock implements GasLock {
  /** hasLock answers for this object: false until its own tryLock or waitLock succeeded. */
  private acquired = false;

  constructor(
    private readonly counter: CallCounter,
    private readonly state: DocumentLockState,
    private readonly holder: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.counter.record("Lock", "tryLock");
    checkTimeout(timeoutInMillis);
    this.acquired = this.state.tryAcquire(this.holder);
    return this.acquired;
  }

  waitLock(timeoutInMillis: number): void {
    this.counter.record("Lock", "waitLock");
    checkTimeout(timeoutInMillis);
    if (!this.state.tryAcquire(this.holder)) {
      throw gasError("Lock timeout: another process was holding the lock for too long.");
    }
    this.acquired = true;
  }

  releaseLock(): void {
    this.counter.record("Lock", "releaseLock");
    this.state.release(this.holder);
    this.acquired = false;
  }

  hasLock(): boolean {
    this.counter.record("Lock", "hasLock");
    return this.acquired && this.state.holder === this.holder;
  }
}

export class EmuLockService implements GasLockService {
  constructor(
    private readonly counter: CallCounter,
    private readonly state: DocumentLockState | null,
    private readonly holder: string,
  ) {}

  /** Null when the script is not bound to a document (the emulator's `bound: false`). */
  getDocumentLock(): GasLock | null {
    this.counter.record("LockService", "getDocumentLock");
    return this.state ? new EmuLock(this.counter, this.state, this.holder) : null;
  }
}
