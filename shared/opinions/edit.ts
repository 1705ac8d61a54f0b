/**
 * Checking what a clerk typed before anything is written: the channel, field, level and answering
 * unit must be the workbook's own words (`Danh mục`), the content is required, a due date cannot
 * fall before the conference, a status change must be allowed and carry what it needs. The result
 * is the row's typed values (only what changes) or every problem, named by field; never half.
 */
import type { Catalogue } from "../catalogue/catalogue.ts";
import { type CivilDate, compareCivilDates, parseDateText } from "../dates/civil.ts";
import { formatShortDate } from "../dates/vietnamese.ts";
import { type Message, msg } from "../i18n/index.ts";
import { OPINION_CHANNELS, OPINION_STATUSES, type OpinionStatus } from "../schema/choices.ts";
import type { OPINIONS_TAB } from "../schema/tabs.ts";
import type { RowPatch } from "../table/types.ts";
import { foldKey } from "../text/fold.ts";
import { canMove, initialStatus, isSettled, moveRefusal, NEEDS } from "./lifecycle.ts";
import { type Opinion, parseChannel, parseStatus } from "./opinions.ts";

export type OpinionPatch = RowPatch<typeof OPINIONS_TAB>;

/** What a clerk gives, as typed (the workbook's words; dates dd/mm/yyyy or ISO). */
export interface OpinionFields {
  content?: string;
  channel?: string;
  asker?: string;
  anonymous?: boolean;
  tdp?: string;
  kdc?: string;
  field?: string;
  level?: string;
  answerer?: string;
  answer?: string;
  status?: string;
  assignedUnit?: string;
  dueDate?: string;
  forwardedTo?: string;
  forwardRef?: string;
  mergedInto?: string;
  resolution?: string;
  settledOn?: string;
}

export interface EditContext {
  catalogue: Catalogue;
  /** The workbook's current conference day (`Hội nghị` › Ngày hội nghị). */
  conferenceDate: CivilDate | null;
  today: CivilDate;
  /** Every opinion now in the tab, by code (for merges). */
  byId: ReadonlyMap<string, Opinion>;
}

export type EditPlan = { ok: true; values: OpinionPatch } | { ok: false; problems: Message[] };

/** The field names of the messages: the tab's own headers. */
const FIELD_NAMES = {
  content: "Nội dung",
  channel: "Hình thức",
  field: "Lĩnh vực",
  level: "Thẩm quyền",
  answerer: "Người trả lời",
  tdp: "TDP",
  kdc: "KDC",
  dueDate: "Hạn xử lý",
  settledOn: "Ngày giải quyết",
  status: "Trạng thái",
} as const;

class Checker {
  readonly problems: Message[] = [];
  readonly values: OpinionPatch = {};

  constructor(readonly ctx: EditContext) {}

  text(key: "content" | "answer" | "assignedUnit" | "forwardedTo" | "forwardRef" | "resolution", v?: string) {
    if (v === undefined) return;
    const value = v.normalize("NFC").trim();
    if (key === "content" && value === "") this.problems.push(msg("opinions.emptyContent"));
    else this.values[key] = value;
  }

  /** A value of a `Danh mục` list, written in the list's spelling. */
  listed(key: "field" | "level" | "answerer" | "kdc", v: string | undefined, list: readonly string[]) {
    if (v === undefined) return;
    const value = v.normalize("NFC").trim();
    if (value === "") {
      this.values[key] = null;
      return;
    }
    const found = list.find((item) => foldKey(item) === foldKey(value));
    if (found) this.values[key] = found;
    else if (list.length === 0 && key === "kdc") this.values[key] = value;
    else
      this.problems.push(
        msg("opinions.notInCatalogue", { field: FIELD_NAMES[key], value, choices: list.join(", ") || "—" }),
      );
  }

  /** A TDP fills its KDC from `Danh mục`; a KDC that contradicts it is refused. */
  area(tdp: string | undefined, kdc: string | undefined) {
    const tdps = this.ctx.catalogue.tdps;
    if (tdp !== undefined) {
      const value = tdp.normalize("NFC").trim();
      const found = tdps.find((t) => foldKey(t.name) === foldKey(value));
      if (value === "") this.values.tdp = null;
      else if (found) {
        this.values.tdp = found.name;
        if ((kdc ?? "").trim() === "" && found.kdc) this.values.kdc = found.kdc;
        else if (kdc !== undefined && found.kdc && foldKey(kdc) !== foldKey(found.kdc))
          this.problems.push(msg("opinions.areaMismatch", { tdp: found.name, kdc: found.kdc, given: kdc }));
      } else if (tdps.length === 0) this.values.tdp = value;
      else
        this.problems.push(
          msg("opinions.notInCatalogue", { field: FIELD_NAMES.tdp, value, choices: `${tdps.length} TDP` }),
        );
    }
    if (this.values.kdc === undefined) this.listed("kdc", kdc, this.ctx.catalogue.kdcs);
  }

  date(key: "dueDate" | "settledOn", v: string | undefined, notBefore: CivilDate | null) {
    if (v === undefined) return;
    if (v.trim() === "") {
      this.values[key] = null;
      return;
    }
    const date = parseDateText(v);
    if (!date) this.problems.push(msg("opinions.badDate", { field: FIELD_NAMES[key], value: v }));
    else if (notBefore && compareCivilDates(date, notBefore) < 0)
      this.problems.push(
        msg("opinions.dateBeforeConference", {
          field: FIELD_NAMES[key],
          value: formatShortDate(date),
          conference: formatShortDate(notBefore),
        }),
      );
    else this.values[key] = date;
  }
}

/** Shared by add and update: every field but the status. */
function checkFields(c: Checker, f: OpinionFields, conferenceDay: CivilDate | null): void {
  const { catalogue } = c.ctx;
  c.text("content", f.content);
  if (f.channel !== undefined) {
    const channel = parseChannel(f.channel);
    if (channel) c.values.channel = OPINION_CHANNELS[channel];
    else
      c.problems.push(
        msg("opinions.notInCatalogue", {
          field: FIELD_NAMES.channel,
          value: f.channel,
          choices: Object.values(OPINION_CHANNELS).join(", "),
        }),
      );
  }
  if (f.anonymous === true) {
    c.values.anonymous = true;
    c.values.askerName = "";
  } else {
    if (f.anonymous === false) c.values.anonymous = false;
    if (f.asker !== undefined) c.values.askerName = f.asker.normalize("NFC").trim();
  }
  c.area(f.tdp, f.kdc);
  c.listed("field", f.field, catalogue.fields);
  c.listed("level", f.level, catalogue.levels);
  c.listed("answerer", f.answerer, catalogue.answerers);
  c.text("answer", f.answer);
  c.text("assignedUnit", f.assignedUnit);
  c.text("forwardedTo", f.forwardedTo);
  c.text("forwardRef", f.forwardRef);
  c.text("resolution", f.resolution);
  c.date("dueDate", f.dueDate, conferenceDay);
  c.date("settledOn", f.settledOn, conferenceDay);
}

/** A new opinion of the current conference. */
export function planNew(f: OpinionFields, ctx: EditContext): EditPlan {
  const c = new Checker(ctx);
  if (f.content === undefined) c.problems.push(msg("opinions.emptyContent"));
  const noChannel = (f.channel ?? "").trim() === "";
  if (noChannel) c.problems.push(msg("opinions.missingField", { field: FIELD_NAMES.channel }));
  checkFields(c, noChannel ? { ...f, channel: undefined } : f, ctx.conferenceDate);
  if (c.problems.length > 0) return { ok: false, problems: dedupe(c.problems) };
  const status = initialStatus(c.values.answer ?? "", c.values.assignedUnit ?? "");
  c.values.status = statusLabel(status);
  c.values.conferenceDate = ctx.conferenceDate;
  if (isSettled(status)) c.values.settledOn = ctx.conferenceDate ?? ctx.today;
  return { ok: true, values: c.values };
}

/** Changes to an opinion: only the given fields, the move checked, the settled day kept. */
export function planChange(current: Opinion, f: OpinionFields, ctx: EditContext): EditPlan {
  const c = new Checker(ctx);
  checkFields(c, f, current.conferenceDate ?? ctx.conferenceDate);
  let status = current.status;
  if (f.status !== undefined) {
    const to = parseStatus(f.status);
    if (!to) c.problems.push(msg("opinions.unknownStatus", { value: f.status }));
    else if (!canMove(current.status, to)) c.problems.push(moveRefusal(current.id, current.status, to));
    else status = to;
  }
  if (f.mergedInto !== undefined && f.mergedInto.trim() !== "") checkMerge(c, current, f.mergedInto.trim());
  if (status && status !== current.status) {
    c.values.status = statusLabel(status);
    if (isSettled(status) && f.settledOn === undefined) c.values.settledOn = ctx.today;
    if (!isSettled(status)) c.values.settledOn = null;
  }
  if (status) c.problems.push(...missingFor(status, current, c.values));
  return c.problems.length > 0 ? { ok: false, problems: dedupe(c.problems) } : { ok: true, values: c.values };
}

function checkMerge(c: Checker, current: Opinion, target: string): void {
  const other = c.ctx.byId.get(target.toUpperCase()) ?? c.ctx.byId.get(target);
  if (!other) c.problems.push(msg("opinions.mergeUnknown", { id: current.id, target }));
  else if (other.id === current.id) c.problems.push(msg("opinions.mergeSelf", { id: current.id }));
  else if (other.status === "merged")
    c.problems.push(msg("opinions.mergeIntoMerged", { target: other.id, into: other.mergedInto }));
  else c.values.mergedInto = other.id;
}

/** The columns the status needs, looking at the row as it will be after the change. */
function missingFor(status: OpinionStatus, current: Opinion, patch: OpinionPatch): Message[] {
  const needs = NEEDS[status];
  const after = (
    key: "answer" | "assignedUnit" | "forwardedTo" | "forwardRef" | "mergedInto" | "resolution",
  ) => (patch[key] ?? current[key] ?? "").trim();
  const missing: string[] = [];
  if (needs.answer && after("answer") === "") missing.push("Nội dung trả lời");
  if (needs.answerOrResolution && after("answer") === "" && after("resolution") === "")
    missing.push("Kết quả giải quyết");
  if (needs.assignedUnit && after("assignedUnit") === "") missing.push("Đơn vị xử lý");
  if (needs.forwardedTo && after("forwardedTo") === "") missing.push("Chuyển đến");
  if (needs.forwardRef && after("forwardRef") === "") missing.push("Số văn bản chuyển");
  if (needs.mergedInto && after("mergedInto") === "") missing.push("Gộp vào");
  return missing.length === 0
    ? []
    : [msg("opinions.statusNeeds", { status: statusLabel(status), fields: missing.join(", ") })];
}

function statusLabel(status: OpinionStatus): string {
  return OPINION_STATUSES[status];
}

function dedupe(problems: Message[]): Message[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
