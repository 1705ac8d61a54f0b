/**
 * The print HTML: every piece of workbook text escaped, and in Chromium each document lays out
 * within the A4 text width (no overflow) and prints to A4 pages.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocument, DOCUMENT_KINDS } from "../../../shared/documents/index.ts";
import { renderHtml } from "../../../shared/render/html/index.ts";
import { TEXT_WIDTH_MM } from "../../../shared/render/layout.ts";
import { launchChromium } from "../../support/chromium.ts";
import { otherSnapshot } from "../documents/fixture.ts";
import { sampleSnapshot } from "../documents/sample.ts";

const PX_PER_MM = 96 / 25.4;

describe("print html", () => {
  it("escapes workbook text: a hostile name stays text", () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const built = buildDocument("minutes", otherSnapshot({ facts: { "Thư ký": hostile } }));
    if (!built.ok) throw new Error(JSON.stringify(built.messages));
    const html = renderHtml(built.document);
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;img src=x onerror=&#34;alert(1)&#34;&#62;");
  });

  it("sets A4, the decree's margins and page numbers from page 2", () => {
    const built = buildDocument("report", otherSnapshot());
    if (!built.ok) throw new Error("not built");
    const html = renderHtml(built.document);
    expect(html).toContain(
      "@page{size:A4 portrait;margin:20mm 15mm 20mm 30mm;@top-center{content:counter(page)",
    );
    expect(html).toContain("@page:first{@top-center{content:none}}");
    expect(html).toContain('font-family:"Times New Roman"');
  });
});

describe("print html in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(DOCUMENT_KINDS)("lays out %s within the A4 text width and prints to A4", async (kind) => {
    const built = buildDocument(kind, await sampleSnapshot());
    if (!built.ok) throw new Error(JSON.stringify(built.messages));
    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    try {
      await page.setContent(renderHtml(built.document));
      await page.emulateMedia({ media: "print" });
      const widthPx = TEXT_WIDTH_MM * PX_PER_MM;
      const layout = await page.evaluate(() => {
        const doc = document.querySelector("main.doc") as HTMLElement;
        const overflowing = [...doc.querySelectorAll("*")].filter(
          (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== "inline",
        );
        return {
          width: doc.getBoundingClientRect().width,
          contentWidth: doc.scrollWidth,
          overflowing: overflowing.map((el) => el.outerHTML.slice(0, 80)),
          widest: Math.max(
            ...[...doc.querySelectorAll("table")].map((t) => t.getBoundingClientRect().width),
            0,
          ),
        };
      });
      expect(layout.width).toBeCloseTo(widthPx, 0);
      expect(layout.contentWidth).toBeLessThanOrEqual(Math.ceil(widthPx));
      expect(layout.widest).toBeLessThanOrEqual(widthPx + 1);
      expect(layout.overflowing).toEqual([]);
      const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true })).toString("latin1");
      expect(pdf.startsWith("%PDF")).toBe(true);
      const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(Number(box[1])).toBeCloseTo(595.3, -1);
        expect(Number(box[2])).toBeCloseTo(841.9, -1);
      }
    } finally {
      await page.close();
    }
  });

  it.each(DOCUMENT_KINDS.filter((k) => k !== "signin"))(
    "prints %s's Nơi nhận and its list left-aligned (computed style)",
    async (kind) => {
      const built = buildDocument(kind, otherSnapshot(), { invitations: "category" });
      if (!built.ok) throw new Error(JSON.stringify(built.messages));
      const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
      try {
        await page.setContent(renderHtml(built.document));
        await page.emulateMedia({ media: "print" });
        const found = await page.evaluate(() =>
          [...document.querySelectorAll(".recipients")].map((box) => {
            const left = box.getBoundingClientRect().left;
            return [...box.querySelectorAll("p")].map((p) => ({
              text: p.textContent ?? "",
              align: getComputedStyle(p).textAlign,
              // The first glyph sits at the box's left edge, not pushed toward the middle.
              offset: (() => {
                const range = document.createRange();
                range.selectNodeContents(p);
                return range.getBoundingClientRect().left - left;
              })(),
            }));
          }),
        );
        expect(found.length).toBeGreaterThan(0);
        for (const lines of found) {
          expect(lines[0]?.text).toBe("Nơi nhận:");
          for (const line of lines) {
            expect(line.align, line.text).toBe("left");
            expect(line.offset, line.text).toBeLessThan(1);
          }
        }
      } finally {
        await page.close();
      }
    },
  );
});
