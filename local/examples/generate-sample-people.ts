/**
 * Regenerates an example's `Dân cư` (register) and `Đại biểu` (roster) TSV files from its
 * `Thành phần` and `Danh mục` TSV files and its people.json. Deterministic: same inputs, same bytes.
 *
 *   npx tsx local/examples/generate-sample-people.ts examples/<example>
 *
 * The TSV files stay the source of truth: other tabs that name people of the roster (`Ý kiến`)
 * must be checked again after a regeneration (test/examples does).
 */
import { generateSamplePeople } from "./sample-people-files.ts";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: npx tsx local/examples/generate-sample-people.ts examples/<example>");
  process.exit(2);
}
generateSamplePeople(dir).then(
  ({ residents, invitees }) => console.log(`${residents} residents, ${invitees} invitees written in ${dir}`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
