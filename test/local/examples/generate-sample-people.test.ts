/**
 * The sample-people generator is deterministic (a rerun must not churn the reviewed TSV files) and
 * writes exactly what the sample's categories ask for.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseSamplePeopleConfig } from "../../../local/examples/sample-people-config.ts";
import { generateSamplePeople } from "../../../local/examples/sample-people-files.ts";
import { parseTsv } from "../../../local/examples/tsv.ts";
import { RESIDENTS_TAB, ROSTER_TAB } from "../../../shared/schema/tabs.ts";
import { SAMPLE_DIR } from "../../examples/sample-data.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A copy of the generator's inputs (not hoi-nghi.tsv: the generator must not need it). */
async function inputs(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "doi-thoai-people-"));
  dirs.push(dir);
  for (const file of ["manifest.json", "people.json", "thanh-phan.tsv", "danh-muc.tsv"])
    await copyFile(path.join(SAMPLE_DIR, file), path.join(dir, file));
  return dir;
}

describe("generateSamplePeople", () => {
  it("writes the same bytes twice, with the sample's counts", async () => {
    const [a, b] = [await inputs(), await inputs()];
    expect(await generateSamplePeople(a)).toEqual({ residents: 600, invitees: 147 });
    await generateSamplePeople(b);
    for (const file of ["dai-bieu.tsv", "dan-cu.tsv"]) {
      const text = await readFile(path.join(a, file), "utf8");
      expect(text).toBe(await readFile(path.join(b, file), "utf8"));
      const header = parseTsv(text)[0];
      const tab = file === "dan-cu.tsv" ? RESIDENTS_TAB : ROSTER_TAB;
      expect(header).toEqual(tab.columns.map((c) => c.header));
    }
  });

  it("refuses a listed person whose category is not in Thành phần", async () => {
    const dir = await inputs();
    const configFile = path.join(dir, "people.json");
    const config = JSON.parse(await readFile(configFile, "utf8"));
    config.listed[0].category = "Khách mời khác";
    await writeFile(configFile, JSON.stringify(config));
    await expect(generateSamplePeople(dir)).rejects.toThrow(/“Khách mời khác” is not in Thành phần/);
  });
});

describe("parseSamplePeopleConfig", () => {
  it("names the bad field", () => {
    expect(() => parseSamplePeopleConfig({}, "p.json")).toThrow(/p\.json: “arrival” must be an object/);
    expect(() => parseSamplePeopleConfig([], "p.json")).toThrow(/expected a JSON object/);
  });
});
