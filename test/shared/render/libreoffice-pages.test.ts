/**
 * Pagination as printed: the plan, minutes and report (.docx) of the sample and of a second
 * conference go through LibreOffice to PDF, and each page is read back. No page ends with a
 * heading, each signer's title and name share a page, Nơi nhận stays with the signature, and a
 * sign-in sheet's group heading is never the last row of a page.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Block,
  buildDocument,
  type DocumentKind,
  type DocumentModel,
  plainText,
} from "../../../shared/documents/index.ts";
import { renderDocx } from "../../../shared/render/docx/index.ts";
import type { WorkbookSnapshot } from "../../../shared/workbook/snapshot.ts";
import { type FactRow, otherSnapshot } from "../documents/fixture.ts";
import { sampleSnapshot } from "../documents/sample.ts";
import { lines, pdfPages } from "./pdf-text.ts";

const norm = (text: string) => text.replace(/\s+/g, " ").trim();

function headings(doc: DocumentModel): string[] {
  return doc.blocks
    .filter((b): b is Extract<Block, { kind: "paragraph" }> => b.kind === "paragraph")
    .filter((b) => b.role === "section" || b.role === "subsection")
    .map((b) => norm(plainText(b)));
}

/** The last page on which a line holds `text` (a signer's title or name). */
function lastPageWith(pages: string[], text: string): number {
  let found = -1;
  pages.forEach((page, i) => {
    if (lines(page).some((line) => line.includes(text))) found = i;
  });
  return found;
}

const KINDS: DocumentKind[] = ["plan", "minutes", "report", "signin"];

/**
 * Extra legal bases push the plan's headings down the page; without keep-with-next 1, 6 and 7 of
 * them strand "1. Hình thức tổ chức...", "2. Yêu cầu:", "III. TỔ CHỨC THỰC HIỆN" and a unit's
 * heading at a page foot (measured), so these variants catch a regression.
 */
const BASIS =
  "Căn cứ Nghị quyết của Hội đồng nhân dân xã về nhiệm vụ phát triển kinh tế - xã hội năm 2027 và các văn bản hướng dẫn có liên quan";
const PLAN_VARIANTS = [1, 6, 7];
const docs = new Map<string, DocumentModel>();
let pages = new Map<string, string[]>();

describe("pages printed by LibreOffice", () => {
  beforeAll(async () => {
    const snapshots: [string, WorkbookSnapshot][] = [
      ["sample", await sampleSnapshot()],
      ["other", otherSnapshot({ opinions: 24 })],
    ];
    const files: Record<string, Uint8Array> = {};
    for (const [which, snapshot] of snapshots)
      for (const kind of KINDS) {
        const built = buildDocument(kind, snapshot);
        if (!built.ok) throw new Error(JSON.stringify(built.messages));
        docs.set(`${which}-${kind}`, built.document);
        files[`${which}-${kind}`] = await renderDocx(built.document);
      }
    for (const k of PLAN_VARIANTS) {
      const extraFacts = Array.from({ length: k }, (): FactRow => ["Căn cứ", BASIS, ""]);
      const built = buildDocument("plan", otherSnapshot({ extraFacts }));
      if (!built.ok) throw new Error(JSON.stringify(built.messages));
      docs.set(`other-plan+${k}`, built.document);
      files[`other-plan+${k}`] = await renderDocx(built.document);
    }
    pages = await pdfPages(files);
  }, 180_000);

  const names = [
    ...["sample", "other"].flatMap((which) => KINDS.map((kind) => `${which}-${kind}`)),
    ...PLAN_VARIANTS.map((k) => `other-plan+${k}`),
  ];

  it.each(names.filter((n) => !n.endsWith("signin")))("%s: no page ends with a heading", (name) => {
    const printed = pages.get(name) ?? [];
    expect(printed.length).toBeGreaterThan(1);
    const doc = docs.get(name);
    if (!doc) throw new Error(name);
    const all = headings(doc);
    printed.slice(0, -1).forEach((page, i) => {
      const last = lines(page).at(-1) ?? "";
      const stranded = all.filter((h) => last.length >= 6 && h.endsWith(last));
      expect(stranded, `${name} page ${i + 1} ends with “${last}”`).toEqual([]);
    });
  });

  it.each(names.filter((n) => !n.endsWith("signin")))(
    "%s: each signer's title and name, and Nơi nhận, are on one page",
    (name) => {
      const printed = pages.get(name) ?? [];
      const signoff = docs.get(name)?.blocks.at(-1);
      if (signoff?.kind !== "signoff") throw new Error(`${name}: no sign-off`);
      for (const signer of signoff.signers) {
        const namePage = lastPageWith(printed, signer.name);
        expect(namePage, `${name}: ${signer.name}`).toBeGreaterThanOrEqual(0);
        expect(lastPageWith(printed, signer.title), `${name}: ${signer.title}`).toBe(namePage);
        if (signer.authority) expect(lastPageWith(printed, signer.authority)).toBe(namePage);
        if (signoff.recipients)
          expect(lastPageWith(printed, "Nơi nhận:"), `${name}: Nơi nhận`).toBe(namePage);
      }
    },
  );

  it.each(names.filter((n) => n.endsWith("signin")))("%s: no page ends with a group heading", (name) => {
    const printed = pages.get(name) ?? [];
    const table = docs.get(name)?.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error(name);
    const groups = table.rows.filter((r) => r.emphasis).map((r) => norm(r.cells.join(" ")));
    printed.slice(0, -1).forEach((page, i) => {
      const last = lines(page).at(-1) ?? "";
      expect(groups, `${name} page ${i + 1} ends with “${last}”`).not.toContain(last);
    });
  });
});
