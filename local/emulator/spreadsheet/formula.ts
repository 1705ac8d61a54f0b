/**
 * Formulas are stored, not computed: the emulator exists to show that a formula was created. Only
 * arithmetic on literal numbers ("=1+1", "=+84-905") gets its value, so that a test can also see
 * what a coerced phone number turned into; anything else reads as an error value, as a formula
 * naming something unknown does in Sheets.
 */
export type FormulaResult = number | string;

export function evaluateFormula(formula: string): FormulaResult {
  const source = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens = source.match(/\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+|[-+*/^()%]|\s+|./g) ?? [];
  const list = tokens.filter((t) => !/^\s+$/.test(t));
  if (list.some((t) => !/^(\d|\.\d)/.test(t) && !/^[-+*/^()%]$/.test(t))) {
    return /^[A-Za-z_]/.test(source.trim()) || /[A-Za-z]/.test(source) ? "#NAME?" : "#ERROR!";
  }
  let pos = 0;
  const peek = (): string | undefined => list[pos];
  const take = (): string | undefined => list[pos++];

  function primary(): number {
    const t = take();
    if (t === "(") {
      const v = sum();
      if (take() !== ")") throw new Error("paren");
      return v;
    }
    if (t === "-") return -primary();
    if (t === "+") return primary();
    if (t !== undefined && /^(\d|\.\d)/.test(t)) {
      let v = Number(t);
      while (peek() === "%") {
        take();
        v /= 100;
      }
      return v;
    }
    throw new Error("syntax");
  }
  function power(): number {
    let v = primary();
    while (peek() === "^") {
      take();
      v = v ** primary();
    }
    return v;
  }
  function product(): number {
    let v = power();
    for (let op = peek(); op === "*" || op === "/"; op = peek()) {
      take();
      const rhs = power();
      if (op === "/" && rhs === 0) throw new Error("div0");
      v = op === "*" ? v * rhs : v / rhs;
    }
    return v;
  }
  function sum(): number {
    let v = product();
    for (let op = peek(); op === "+" || op === "-"; op = peek()) {
      take();
      const rhs = product();
      v = op === "+" ? v + rhs : v - rhs;
    }
    return v;
  }

  try {
    const value = sum();
    if (pos !== list.length) return "#ERROR!";
    return Number.isFinite(value) ? value : "#NUM!";
  } catch (error) {
    return error instanceof Error && error.message === "div0" ? "#DIV/0!" : "#ERROR!";
  }
}
