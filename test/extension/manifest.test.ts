import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { t } from "../../shared/i18n/index.ts";
import { ROOT, requireDist } from "./dist.ts";

const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

describe("dist/extension/manifest.json", () => {
  const dist = requireDist();
  const manifest = readJson(join(dist, "manifest.json"));

  it("is MV3 with the package's version", () => {
    const pkg = readJson(join(ROOT, "package.json"));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(String(pkg.version).split(/[-+]/)[0]);
  });

  it("asks for storage and downloads only; host access to the sheet export is optional", () => {
    expect(manifest.permissions).toEqual(["storage", "downloads"]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual([
      "https://docs.google.com/*",
      "https://*.googleusercontent.com/*",
    ]);
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it("has a strict CSP: own scripts only, no eval, no plugins", () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
  });

  it("gives Firefox a fixed id and declares that no data is collected", () => {
    const gecko = (manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe("doi-thoai@phuong.example");
    expect(gecko.data_collection_permissions).toEqual({ required: ["none"] });
  });

  it("takes its name from the shared catalogue, in Vietnamese by default and in English", () => {
    expect(manifest.default_locale).toBe("vi");
    for (const locale of ["vi", "en"] as const) {
      const messages = readJson(join(dist, "_locales", locale, "messages.json")) as Record<
        string,
        { message: string }
      >;
      expect(messages.extName?.message).toBe(t("extension.manifest.name", {}, locale));
      expect(messages.extDescription?.message).toBe(t("extension.manifest.description", {}, locale));
      expect(messages.actionTitle?.message).toBe(t("extension.manifest.actionTitle", {}, locale));
    }
  });

  it("ships every file it names, and no source maps", () => {
    const icons = Object.values(manifest.icons as Record<string, string>);
    for (const file of [
      ...icons,
      "background.js",
      "app.html",
      "app.js",
      "app.css",
      "preview.html",
      "options.html",
      "options.js",
      "vendor/exceljs.min.js",
    ]) {
      expect(existsSync(join(dist, file)), file).toBe(true);
    }
    for (const file of ["background.js", "app.js", "options.js", "vendor/exceljs.min.js"]) {
      expect(readFileSync(join(dist, file), "utf8")).not.toContain("sourceMappingURL");
    }
    const png = readFileSync(join(dist, "icons", "icon-128.png"));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(128);
  });
});
