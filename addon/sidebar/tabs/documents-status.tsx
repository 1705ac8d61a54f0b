/**
 * A document's line in the `Văn bản` tab: "sẵn sàng", or what it lacks in the words of
 * `documents.status` (the CLI's list, grouped by sheet to fit 300 px), and the blanks it would print.
 */
import type { Message } from "../../../shared/i18n/index.ts";
import type { DocumentStatus } from "../../rpc/document-actions.ts";
import { tr, trMessage } from "../locale.ts";

/**
 * "Hội nghị › Cơ quan ban hành; Hội nghị › Trích yếu; Đại biểu" (the CLI's line) grouped by tab
 * for a 300 px column: "Hội nghị: Cơ quan ban hành, Trích yếu" and "trang Đại biểu chưa có dòng".
 */
function missingByTab(items: string): { tab: string; labels: string[] }[] {
  const groups: { tab: string; labels: string[] }[] = [];
  for (const item of items.split("; ")) {
    const [tab = "", label] = item.split(" › ");
    const group = groups.find((g) => g.tab === tab);
    if (group && label) group.labels.push(label);
    else groups.push({ tab, labels: label ? [label] : [] });
  }
  return groups;
}

function Problem({ message }: { message: Message }) {
  const items = message.params?.items;
  if (message.key !== "documents.missing" || typeof items !== "string") return <>{trMessage(message)}</>;
  return (
    <>
      {tr("documents.missingLead")}
      <ul style="padding-left:14px;margin:0">
        {missingByTab(items).map((group) => (
          <li key={group.tab}>
            {group.labels.length > 0
              ? `${group.tab}: ${group.labels.join(", ")}`
              : tr("documents.missingRows", { tab: group.tab })}
          </li>
        ))}
      </ul>
    </>
  );
}

/** "sẵn sàng", or the reasons; then the blanks a ready document would print. */
export function StatusLine({ status }: { status: DocumentStatus | undefined }) {
  if (!status) return <p class="muted">{tr("documents.checking")}</p>;
  return (
    <div data-testid={`status-${status.kind}`} data-ready={status.ready ? "true" : "false"}>
      {status.ready ? (
        <p style="margin:2px 0;color:#137333">✓ {tr("documents.ready")}</p>
      ) : (
        <>
          <p style="margin:2px 0;color:#b3261e">{tr("documents.notReady")}</p>
          <ul class="missing" style="margin:2px 0;padding-left:16px;font-size:12px">
            {status.problems.map((problem, i) => (
              <li key={i}>
                <Problem message={problem} />
              </li>
            ))}
          </ul>
        </>
      )}
      {status.blanks.length > 0 ? (
        <p class="muted" data-testid={`blanks-${status.kind}`} style="margin:2px 0;font-size:12px">
          {tr("documents.blanks", { items: status.blanks.join("; ") })}
        </p>
      ) : null}
    </div>
  );
}
