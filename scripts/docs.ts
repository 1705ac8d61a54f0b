// Rewrites docs generated from code: docs/workbook.md from the schema.
import { writeFileSync } from "node:fs";
import { renderWorkbookDoc } from "../local/docs/workbook-doc.ts";

writeFileSync(new URL("../docs/workbook.md", import.meta.url), renderWorkbookDoc());
console.log("docs/workbook.md written");
