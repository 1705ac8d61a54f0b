/**
 * PropertiesService: string key/value stores. Document properties live in the workbook (and are
 * saved with it); user properties in a store the caller keeps (one per user).
 */
import type { GasProperties, GasPropertiesService } from "../../addon/server/gas/spreadsheet-types.ts";
import type { CallCounter } from "./call-counter.ts";
import { gasError } from "./spreadsheet/errors.ts";

/** Apps Script's quota on one property value. */
const MAX_VALUE_BYTES = 9 * 1024;

export class EmuProperties implements GasProperties {
  constructor(
    private readonly counter: CallCounter,
    private readonly store: Map<string, string>,
  ) {}

  getProperty(key: string): string | null {
    this.counter.record("Properties", "getProperty");
    return this.store.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): GasProperties {
    this.counter.record("Properties", "setProperty");
    const text = String(value);
    if (new TextEncoder().encode(text).length > MAX_VALUE_BYTES) throw gasError("Argument too large: value");
    this.store.set(String(key), text);
    return this;
  }

  deleteProperty(key: string): GasProperties {
    this.counter.record("Properties", "deleteProperty");
    this.store.delete(String(key));
    return this;
  }

  /** A copy: changing it changes nothing stored. */
  getProperties(): Record<string, string> {
    this.counter.record("Properties", "getProperties");
    return Object.fromEntries(this.store);
  }
}

export class EmuPropertiesService implements GasPropertiesService {
  constructor(
    private readonly counter: CallCounter,
    private readonly documentStore: Map<string, string> | null,
    private readonly userStore: Map<string, string>,
  ) {}

  getDocumentProperties(): GasProperties | null {
    this.counter.record("PropertiesService", "getDocumentProperties");
    return this.documentStore ? new EmuProperties(this.counter, this.documentStore) : null;
  }

  getUserProperties(): GasProperties {
    this.counter.record("PropertiesService", "getUserProperties");
    return new EmuProperties(this.counter, this.userStore);
  }
}
