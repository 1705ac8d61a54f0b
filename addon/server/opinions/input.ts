/**
 * The opinion actions' untrusted input (google.script.run, the preview, `doi-thoai call`): known
 * keys only, each of its type, before any rule of shared/opinions looks at it.
 */
import { msg } from "../../../shared/i18n/index.ts";
import type { OpinionFields } from "../../../shared/opinions/edit.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import { expectObject, type PlainObject } from "../../rpc/input.ts";
import type { OpinionListInput } from "../../rpc/opinion-actions.ts";

/** What a new opinion may say: the fields a clerk fills at the meeting (no lifecycle yet). */
const ADD_TEXT_KEYS = [
  "content",
  "channel",
  "asker",
  "tdp",
  "kdc",
  "field",
  "level",
  "answerer",
  "answer",
] as const;
/** What an update may change: those, and the lifecycle's fields. */
const TEXT_KEYS = [
  ...ADD_TEXT_KEYS,
  "status",
  "assignedUnit",
  "dueDate",
  "forwardedTo",
  "forwardRef",
  "mergedInto",
  "resolution",
  "settledOn",
] as const;

const ADD_KEYS = new Set<string>([...ADD_TEXT_KEYS, "anonymous", "by"]);
const UPDATE_KEYS = new Set<string>([...TEXT_KEYS, "anonymous", "id", "by"]);

function bad(action: string, detail: string): UserFacingError {
  return new UserFacingError([msg("common.badArguments", { action, detail })]);
}

function fields(
  action: string,
  args: PlainObject,
  allowed: ReadonlySet<string>,
): OpinionFields & { by: string } {
  const unknown = Object.keys(args).filter((key) => !allowed.has(key));
  if (unknown.length > 0) throw bad(action, `unknown keys: ${unknown.join(", ")}`);
  const out: OpinionFields & { by: string } = { by: "" };
  for (const key of TEXT_KEYS) {
    const value = args[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string") throw bad(action, `${key} must be text`);
    out[key] = value;
  }
  if (args.anonymous !== undefined) {
    if (typeof args.anonymous !== "boolean") throw bad(action, "anonymous must be true or false");
    out.anonymous = args.anonymous;
  }
  if (args.by !== undefined && args.by !== null) {
    if (typeof args.by !== "string") throw bad(action, "by must be text");
    out.by = args.by.normalize("NFC").trim();
  }
  return out;
}

export function parseAdd(raw: unknown): OpinionFields & { by: string } {
  return fields("opinions.add", expectObject("opinions.add", raw), ADD_KEYS);
}

export function parseUpdate(raw: unknown): OpinionFields & { id: string; by: string } {
  const args = expectObject("opinions.update", raw);
  if (typeof args.id !== "string" || args.id.trim() === "") throw bad("opinions.update", "id must be text");
  return { ...fields("opinions.update", args, UPDATE_KEYS), id: args.id.trim().toUpperCase() };
}

export function parseList(raw: unknown): OpinionListInput {
  if (raw === undefined || raw === null) return {};
  const args = expectObject("opinions.list", raw);
  const out: OpinionListInput = {};
  for (const key of ["status", "field"] as const) {
    if (args[key] === undefined) continue;
    if (typeof args[key] !== "string") throw bad("opinions.list", `${key} must be text`);
    out[key] = args[key];
  }
  if (args.overdue !== undefined) {
    if (typeof args.overdue !== "boolean") throw bad("opinions.list", "overdue must be true or false");
    out.overdue = args.overdue;
  }
  if (args.scope !== undefined) {
    if (args.scope !== "current" && args.scope !== "all")
      throw bad("opinions.list", "scope must be current or all");
    out.scope = args.scope;
  }
  return out;
}
