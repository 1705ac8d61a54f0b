/**
 * The add-on's manifests: the default asks for no restricted scope (a public listing with one
 * needs Google's paid security assessment, and unverified it warns every office), and the opt-in
 * variant that moves new Docs beside the spreadsheet differs only by the `drive` scope.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const scopesOf = (file: string): string[] =>
  (JSON.parse(readFileSync(join(ROOT, file), "utf8")) as { oauthScopes: string[] }).oauthScopes;

const AUTH = "https://www.googleapis.com/auth/";
/** Google's restricted scopes: Drive beyond drive.file, Gmail, and a few others. */
const RESTRICTED =
  /\/auth\/(drive(?!\.file$)(\.[\w.]+)?|gmail\.[\w.]+|mail\.google\.com|chat\.[\w.]+|fitness\.[\w.]+)$|^https:\/\/mail\.google\.com\/$/;

describe("appsscript.json", () => {
  it("asks only for non-restricted scopes, each needed", () => {
    const scopes = scopesOf("appsscript.json");
    expect(scopes.filter((scope) => RESTRICTED.test(scope))).toEqual([]);
    expect(scopes).toEqual([
      `${AUTH}spreadsheets.currentonly`,
      `${AUTH}script.container.ui`,
      `${AUTH}documents`,
    ]);
  });

  it("recognises a restricted scope when it sees one", () => {
    for (const scope of [
      `${AUTH}drive`,
      `${AUTH}drive.readonly`,
      `${AUTH}gmail.send`,
      "https://mail.google.com/",
    ])
      expect(RESTRICTED.test(scope)).toBe(true);
    for (const scope of [`${AUTH}drive.file`, `${AUTH}documents`, `${AUTH}spreadsheets.currentonly`])
      expect(RESTRICTED.test(scope)).toBe(false);
  });

  it("has an opt-in variant that adds the drive scope and nothing else", () => {
    const drive = JSON.parse(readFileSync(join(ROOT, "appsscript.drive.json"), "utf8"));
    const base = JSON.parse(readFileSync(join(ROOT, "appsscript.json"), "utf8"));
    expect(drive).toEqual({ ...base, oauthScopes: [...base.oauthScopes, `${AUTH}drive`] });
  });
});
