/**
 * What a clerk's browser downloads when the sidebar opens (dist/addon/sidebar.html, one inlined
 * file; the limit is 250 KB), and the .xlsx reader it fetches only when an .xlsx import starts.
 */
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";

const LIMIT = 250 * 1024;

export async function benchSidebar(): Promise<void> {
  console.log("\n## Sidebar payload (dist/addon)");
  console.log("file\tbytes\tgzip bytes\tloaded");
  for (const [file, when] of [
    ["sidebar.html", "when the sidebar opens"],
    ["sidebar-xlsx.html", "when an .xlsx import starts"],
  ] as const) {
    const path = `dist/addon/${file}`;
    const bytes = statSync(path).size;
    console.log(`${file}\t${bytes}\t${gzipSync(readFileSync(path)).length}\t${when}`);
    if (file === "sidebar.html")
      console.log(bytes <= LIMIT ? "ok: first payload within 250 KB" : "OVER 250 KB");
  }
}
