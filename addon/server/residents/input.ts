/** Parsing the import actions' inputs at the edge: google.script.run delivers whatever was sent. */
import { msg } from "../../../shared/i18n/index.ts";
import { UserFacingError } from "../../rpc/envelope.ts";
import type { ImportRequest, UndoRequest } from "../../rpc/import-actions.ts";
import { expectObject, expectString, type PlainObject } from "../../rpc/input.ts";

function bad(action: string, detail: string): UserFacingError {
  return new UserFacingError([msg("common.badArguments", { action, detail })]);
}

function count(action: string, input: PlainObject, key: string): number {
  const value = input[key];
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
    throw bad(action, `${key} must be a count`);
  return value;
}

export function parseImportRequest(raw: unknown): ImportRequest {
  const action = "importResidents";
  const input = expectObject(action, raw);
  const dryRun = input.dryRun;
  if (typeof dryRun !== "boolean") throw bad(action, "dryRun must be true or false");
  const accept = input.acceptConflicts;
  if (accept !== undefined && typeof accept !== "boolean")
    throw bad(action, "acceptConflicts must be true or false");
  return {
    acceptConflicts: accept === true,
    rows: expectString(action, input, "rows"),
    source: expectString(action, input, "source").slice(0, 200),
    encoding: expectString(action, input, "encoding").slice(0, 40),
    fileRows: count(action, input, "fileRows"),
    duplicates: count(action, input, "duplicates"),
    dryRun,
  };
}

export function parseUndoRequest(raw: unknown): UndoRequest {
  const action = "undoImport";
  if (raw === null || raw === undefined) return { batchId: null };
  const input = expectObject(action, raw);
  const batchId = input.batchId;
  if (batchId === undefined || batchId === null) return { batchId: null };
  if (typeof batchId !== "string") throw bad(action, "batchId must be text");
  return { batchId };
}
