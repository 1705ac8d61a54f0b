/**
 * The `Văn bản` tab: one button per document makes a new Google Doc beside the spreadsheet and
 * shows its link. In the local preview, which sets `window.__doiThoaiPreview`, each document is a
 * .docx download instead (a Doc made on the emulation would have no real link to open).
 */
import type { InvitationMode } from "../../../shared/documents/index.ts";
import { DOCUMENT_KINDS, type DocumentKind } from "../../../shared/documents/model.ts";
import type { MessageKey } from "../../../shared/i18n/index.ts";
import type { CreatedDocument } from "../../rpc/document-actions.ts";
import { clear, el } from "../dom.ts";
import { tr } from "../locale.ts";
import { call } from "../rpc-client.ts";
import type { SidebarApp, SidebarTab } from "./types.ts";

/** What the local preview puts on window for this tab. */
interface PreviewHooks {
  downloadUrl(kind: DocumentKind): string;
}

function previewHooks(): PreviewHooks | null {
  const hooks: unknown = Reflect.get(window, "__doiThoaiPreview");
  if (typeof hooks !== "object" || hooks === null) return null;
  const downloadUrl: unknown = Reflect.get(hooks, "downloadUrl");
  if (typeof downloadUrl !== "function") return null;
  return {
    downloadUrl: (kind) => {
      const url: unknown = Reflect.apply(downloadUrl, hooks, [kind]);
      return typeof url === "string" ? url : "";
    },
  };
}

const KIND_LABEL: Record<DocumentKind, MessageKey> = {
  plan: "documents.kind.plan",
  invitations: "documents.kind.invitations",
  signin: "documents.kind.signin",
  minutes: "documents.kind.minutes",
  report: "documents.kind.report",
};

// Kept across redraws (a change of language redraws the tab).
const created: CreatedDocument[] = [];
let invitationMode: InvitationMode = "invitee";

function modeChoice(): HTMLElement {
  const option = (mode: InvitationMode, label: MessageKey) => {
    const input = el("input", {
      type: "radio",
      name: "invitation-mode",
      value: mode,
      checked: invitationMode === mode,
    });
    input.addEventListener("change", () => {
      if (input.checked) invitationMode = mode;
    });
    return el("label", { style: "display:block" }, input, ` ${tr(label)}`);
  };
  return el(
    "fieldset",
    { "data-testid": "invitation-mode", style: "border:0;padding:0;margin:0 0 4px 12px" },
    el("legend", { class: "muted" }, tr("documents.invitationMode")),
    option("invitee", "documents.invitationMode.invitee"),
    option("category", "documents.invitationMode.category"),
  );
}

function createButton(kind: DocumentKind, app: SidebarApp, redraw: () => void): HTMLButtonElement {
  const button = el(
    "button",
    { type: "button", class: "primary", "data-action": `create-${kind}` },
    tr("documents.create"),
  );
  button.addEventListener("click", async () => {
    button.disabled = true;
    button.textContent = tr("documents.creating");
    try {
      const input = kind === "invitations" ? { kind, invitations: invitationMode } : { kind };
      const doc = await call("createDocument", input);
      created.unshift(doc);
      app.showNotice(
        [
          tr("documents.created", { name: doc.name }),
          doc.inSpreadsheetFolder ? "" : tr("documents.notInFolder"),
        ]
          .filter(Boolean)
          .join(" "),
      );
      redraw();
    } catch (error) {
      app.showError(error);
    } finally {
      button.disabled = false;
      button.textContent = tr("documents.create");
    }
  });
  return button;
}

function documentRow(
  kind: DocumentKind,
  app: SidebarApp,
  preview: PreviewHooks | null,
  redraw: () => void,
): HTMLElement {
  const action = preview
    ? el(
        "a",
        { href: preview.downloadUrl(kind), download: "", "data-action": `download-${kind}` },
        tr("documents.download"),
      )
    : createButton(kind, app, redraw);
  return el(
    "section",
    { "data-document": kind, style: "margin:8px 0;padding:6px 0;border-bottom:1px solid var(--line)" },
    el("h3", { style: "margin:0 0 6px" }, tr(KIND_LABEL[kind])),
    kind === "invitations" && !preview ? modeChoice() : null,
    action,
  );
}

function createdList(): HTMLElement | null {
  if (created.length === 0) return null;
  return el(
    "section",
    { "data-testid": "created-documents" },
    el("h3", {}, tr("documents.createdList")),
    el(
      "ul",
      {},
      ...created.map((doc) =>
        el("li", {}, el("a", { href: doc.url, target: "_blank", rel: "noopener" }, doc.name)),
      ),
    ),
  );
}

export const documentsTab: SidebarTab = {
  id: "documents",
  label: "sidebar.tab.documents",
  render(panel, app) {
    const draw = () => {
      clear(panel);
      const preview = previewHooks();
      panel.append(
        el("p", { class: "muted" }, tr(preview ? "documents.previewNote" : "documents.intro")),
        ...DOCUMENT_KINDS.map((kind) => documentRow(kind, app, preview, draw)),
      );
      const list = createdList();
      if (list) panel.append(list);
    };
    draw();
  },
};
