/**
 * Rows whose ID number is already in `Dân cư` under another name or birth date. The server holds
 * them back unless asked; here the clerk sees both versions (the ID masked as the server sent it)
 * and ticks one box to have the next import update them too. Ticking asks the server's dry run
 * again, so the plan and the import button count those rows before anything is written.
 */
import type { ImportConflict } from "../../../rpc/import-actions.ts";
import { tr } from "../../locale.ts";
import { state } from "./state.ts";

const LIST_STYLE = "max-height:180px;overflow:auto;margin:4px 0;padding-left:18px;font-size:12px";

function person(side: { fullName: string; birthDate: string }): string {
  return side.birthDate === "" ? side.fullName : `${side.fullName} (${side.birthDate})`;
}

export function ConflictsBox({
  conflicts,
  onToggle,
}: {
  conflicts: readonly ImportConflict[];
  onToggle: (accept: boolean) => void;
}) {
  const held = conflicts.filter((c) => !c.applied).length;
  // Shown while rows are held, and while the box is ticked (so it can be unticked).
  if (conflicts.length === 0 || (held === 0 && !state.acceptConflicts)) return null;
  return (
    <section data-testid="import-conflicts" class="callout">
      <h4 style="margin:0 0 2px">{tr("sidebar.import.conflictsTitle", { count: conflicts.length })}</h4>
      {held > 0 ? (
        <p class="notice warn" data-testid="import-conflicts-held">
          {tr("import.conflictsHeld", { count: held })}
        </p>
      ) : null}
      <ul style={LIST_STYLE}>
        {conflicts.map((c) => (
          <li key={`${c.row}:${c.residentId}`} data-row={c.row}>
            {tr("sidebar.import.conflict", {
              row: c.row,
              residentId: c.residentId,
              id: c.idNumber,
              existing: person(c.existing),
              incoming: person(c.incoming),
            })}
          </li>
        ))}
      </ul>
      <label>
        <input
          type="checkbox"
          data-testid="import-accept-conflicts"
          checked={state.acceptConflicts}
          disabled={state.busy !== ""}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />{" "}
        {tr("sidebar.import.acceptConflicts")}
      </label>
    </section>
  );
}
