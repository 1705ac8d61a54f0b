/**
 * The architecture's rules, checked on the source: the core stays pure, product code holds no fact
 * of the sample conference, pages never inject HTML, nothing evaluates strings as code.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mjs|js|html|json|css)$/.test(name)) out.push(path);
  }
  return out;
}

/** The code of a file without its comments: a comment may name what the code must not use. */
function code(file: string): string {
  return readFileSync(join(root, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'\\])\/\/.*$/gm, "$1");
}

function offending(files: string[], pattern: RegExp): string[] {
  return files.filter((file) => pattern.test(code(file))).map((f) => relative(root, join(root, f)));
}

const product = ["shared", "addon", "extension", "local"].flatMap((dir) => sourceFiles(dir));

describe("architecture", () => {
  it("keeps platform globals out of the core", () => {
    const platform =
      /\b(SpreadsheetApp|DocumentApp|DriveApp|HtmlService|LockService|PropertiesService|UrlFetchApp|Utilities)\s*\.|(?<![\w/.-])(window|document|browser|chrome|process|Buffer)\.\w|\brequire\(|from "node:|\bTextDecoder\s*\(|\bnew TextDecoder\b|\bsetTimeout\s*\(/;
    expect(offending(sourceFiles("shared"), platform)).toEqual([]);
  });

  it("touches Apps Script globals only in the server's entry file", () => {
    const globals =
      /\b(SpreadsheetApp|DocumentApp|DriveApp|HtmlService|LockService|PropertiesService)\s*[.,}]/;
    const server = sourceFiles("addon/server").filter((f) => !f.includes("/gas/") && !f.endsWith("main.ts"));
    const hits = server.filter((file) => {
      // `ctx.services.SpreadsheetApp.x` is a service handed in, not a global.
      const text = readFileSync(join(root, file), "utf8").replace(
        /services\.(SpreadsheetApp|HtmlService|LockService|PropertiesService|DocumentApp|DriveApp)/g,
        "",
      );
      return /(^|[^.\w])(SpreadsheetApp|DocumentApp|DriveApp|HtmlService|LockService|PropertiesService)\.\w+\(/m.test(
        text,
      );
    });
    expect(hits).toEqual([]);
    expect(globals.test(readFileSync(join(root, "addon/server/main.ts"), "utf8"))).toBe(true);
  });

  it("holds no fact of the sample conference in product code", () => {
    const sample = /Thanh Khê|Nhật Diệu|Dũng Sĩ|Trương Thanh Hải|Lê Văn Cương|Đà Nẵng|1072\/HĐND|34\/2021/;
    expect(offending(product, sample)).toEqual([]);
  });

  it("never injects HTML or evaluates strings as code", () => {
    const pages = product.filter((f) => /^(addon\/sidebar|extension)\//.test(f) && /\.tsx?$/.test(f));
    expect(
      offending(
        pages,
        /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(|dangerouslySetInnerHTML/,
      ),
    ).toEqual([]);
    expect(
      offending(
        product.filter((f) => /\.tsx?$/.test(f)),
        /\beval\(|new Function\(/,
      ),
    ).toEqual([]);
  });
});
