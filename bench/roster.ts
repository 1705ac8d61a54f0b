/**
 * Search per keystroke at the check-in desk and when choosing residents: the query typed one
 * character at a time ("n", "ng", "ng ", "ng v"...), each keystroke a full search, over 40,000
 * register rows and over 300 invitees. The index (names folded once, first-letter masks) beside a
 * plain linear scan of the same rows (fold every name on every keystroke, then match). Goal: under
 * 5 ms at p95 per keystroke.
 */
import { randomGender, randomName, randomPhone } from "../local/examples/people.ts";
import { Random } from "../local/examples/random.ts";
import { PeopleIndex, type Searchable } from "../shared/roster/search.ts";
import { foldKey } from "../shared/text/fold.ts";

function people(n: number, seed: number): Searchable[] {
  const rng = new Random(seed);
  const phones = new Set<string>();
  return Array.from({ length: n }, (_, i) => {
    const tdp = 1 + (i % 57);
    return {
      id: String(i + 1),
      name: randomName(rng, randomGender(rng)),
      tdp: `Tổ ${tdp}`,
      kdc: `KDC số ${1 + Math.floor((tdp - 1) / 3.4)}`,
      phone: randomPhone(rng, phones),
      birthYear: 1935 + (i % 70),
    };
  });
}

/** "Nguyễn Văn Anh" -> "ng v anh": what a clerk types. */
function partial(name: string): string {
  const words = foldKey(name).split(" ");
  return words.map((w, i) => (i === words.length - 1 ? w : w.slice(0, Math.min(2, w.length)))).join(" ");
}

/** Every prefix of the queries: one search per keystroke. */
function keystrokes(rows: readonly Searchable[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const query = partial(rows[(i * 7919) % rows.length]?.name ?? "");
    for (let k = 1; k <= query.length; k++) out.push(query.slice(0, k));
  }
  return out;
}

/** The naive way: fold each name at each keystroke, keep those holding the query's words in order. */
function linearScan(rows: readonly Searchable[], query: string, limit: number): Searchable[] {
  const words = foldKey(query).split(" ").filter(Boolean);
  const found: Searchable[] = [];
  for (const row of rows) {
    const name = foldKey(row.name).split(" ");
    let q = 0;
    for (const w of name) if (q < words.length && w.startsWith(words[q] as string)) q++;
    if (q === words.length) found.push(row);
  }
  return found.slice(0, limit);
}

function stats(times: number[]): { median: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

function time(queries: readonly string[], search: (q: string) => unknown): { median: number; p95: number } {
  for (const q of queries.slice(0, 50)) search(q); // warm up
  const times = queries.map((q) => {
    const start = performance.now();
    search(q);
    return performance.now() - start;
  });
  return stats(times);
}

export async function benchRoster(): Promise<void> {
  console.log("\nroster: search per keystroke (ms), index vs plain linear scan");
  for (const [label, size] of [
    ["register", 40_000],
    ["roster", 300],
  ] as const) {
    const rows = people(size, size);
    const start = performance.now();
    const index = new PeopleIndex(rows);
    const build = performance.now() - start;
    const queries = keystrokes(rows, 60);
    const indexed = time(queries, (q) => index.search(q, 20));
    const linear = time(queries, (q) => linearScan(rows, q, 20));
    const f = (n: number) => n.toFixed(3);
    console.log(
      `  ${label} ${size} rows, ${queries.length} keystrokes: index build ${build.toFixed(1)} ms; ` +
        `index median ${f(indexed.median)} p95 ${f(indexed.p95)}; linear median ${f(linear.median)} p95 ${f(linear.p95)}`,
    );
  }
}
