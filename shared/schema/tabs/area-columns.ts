/** The KDC and TDP columns several tabs share: a choice from the ward's `Danh mục`. */
import type { ColumnSpec } from "../types.ts";

export function kdcColumn(note = "Khu dân cư.", width = 120): ColumnSpec<"kdc"> & { type: "choice" } {
  return {
    key: "kdc",
    header: "KDC",
    aliases: ["Khu dân cư"],
    type: "choice",
    choices: { kind: "catalogue", list: "kdc" },
    note,
    width,
  };
}

export function tdpColumn(
  note = "Tổ dân phố.",
  width = 100,
  moreAliases: readonly string[] = [],
): ColumnSpec<"tdp"> & { type: "choice" } {
  return {
    key: "tdp",
    header: "TDP",
    aliases: ["Tổ dân phố", ...moreAliases],
    type: "choice",
    choices: { kind: "catalogue", list: "tdp" },
    note,
    width,
  };
}
