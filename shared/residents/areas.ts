/**
 * TDP and KDC of each row matched against the ward's `Danh mục` (one matching rule for the whole
 * product: catalogue/area-match.ts). The KDC may be left out: a known TDP names its KDC. Matches are
 * remembered, since a register holds tens of thousands of rows over a few dozen areas.
 */
import { areaKey, type Neighbourhood } from "../catalogue/index.ts";

export interface WardAreas {
  kdcs: readonly string[];
  tdps: readonly Neighbourhood[];
}

export class AreaMatcher {
  private readonly tdpByKey = new Map<string, Neighbourhood>();
  private readonly kdcByKey = new Map<string, string>();
  private readonly tdpMemo = new Map<string, Neighbourhood | null>();
  private readonly kdcMemo = new Map<string, string | null>();
  private lastTdp: string | null = null;
  private lastTdpMatch: Neighbourhood | null = null;
  private lastKdc: string | null = null;
  private lastKdcMatch: string | null = null;

  constructor(areas: WardAreas) {
    for (const tdp of areas.tdps)
      if (!this.tdpByKey.has(areaKey(tdp.name))) this.tdpByKey.set(areaKey(tdp.name), tdp);
    for (const kdc of areas.kdcs) if (!this.kdcByKey.has(areaKey(kdc))) this.kdcByKey.set(areaKey(kdc), kdc);
    // A TDP row's KDC counts as known even when the KDC column lists it nowhere else.
    for (const tdp of areas.tdps)
      if (tdp.kdc !== "" && !this.kdcByKey.has(areaKey(tdp.kdc)))
        this.kdcByKey.set(areaKey(tdp.kdc), tdp.kdc);
  }

  /** True when the ward lists no area at all: nothing can be checked. */
  get empty(): boolean {
    return this.tdpByKey.size === 0 && this.kdcByKey.size === 0;
  }

  get knowsTdps(): boolean {
    return this.tdpByKey.size > 0;
  }

  get knowsKdcs(): boolean {
    return this.kdcByKey.size > 0;
  }

  tdp(text: string): Neighbourhood | null {
    // Registers are often grouped by TDP: the last answer first, then the table.
    if (text === this.lastTdp) return this.lastTdpMatch;
    let found = this.tdpMemo.get(text);
    if (found === undefined) {
      found = this.tdpByKey.get(areaKey(text)) ?? null;
      this.tdpMemo.set(text, found);
    }
    this.lastTdp = text;
    this.lastTdpMatch = found;
    return found;
  }

  kdc(text: string): string | null {
    if (text === this.lastKdc) return this.lastKdcMatch;
    let found = this.kdcMemo.get(text);
    if (found === undefined) {
      found = this.kdcByKey.get(areaKey(text)) ?? null;
      this.kdcMemo.set(text, found);
    }
    this.lastKdc = text;
    this.lastKdcMatch = found;
    return found;
  }

  /** Whether two spellings name one KDC (through the remembered matches). */
  sameKdc(a: string, b: string): boolean {
    return a === b || (this.kdc(a) ?? areaKey(a)) === (this.kdc(b) ?? areaKey(b));
  }
}
