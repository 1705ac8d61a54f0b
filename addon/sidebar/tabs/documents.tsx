/**
 * The `Văn bản` tab: one button per document makes a new Google Doc beside the spreadsheet and
 * shows its link. In the local preview, which sets `window.__doiThoaiPreview`, each document is a
 * .docx download instead (a Doc made on the emulation would have no real link to open).
 */
import { useState } from "preact/hooks";
import type { InvitationMode } from "../../../shared/documents/index.ts";
import { DOCUMENT_KINDS, type DocumentKind } from "../../../shared/documents/model.ts";
import type { MessageKey } from "../../../shared/i18n/index.ts";
import type { CreatedDocument } from "../../rpc/document-actions.ts";
import { tr, trMessage } from "../locale.ts";
import { call } from "../rpc-client.ts";
import { Changes, useChanges } from "../store.ts";
import type { SidebarApp, SidebarTab, TabProps } from "./types.ts";

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

// Kept across tab switches (the panel is unmounted when another tab is shown).
const documents = { created: [] as CreatedDocument[], invitationMode: "invitee" as InvitationMode };
const changes = new Changes();

function ModeChoice() {
  const option = (mode: InvitationMode, label: MessageKey) => (
    <label style="display:block">
      <input
        type="radio"
        name="invitation-mode"
        value={mode}
        checked={documents.invitationMode === mode}
        onChange={(event) => {
          if (event.currentTarget.checked) documents.invitationMode = mode;
          changes.notify();
        }}
      />{" "}
      {tr(label)}
    </label>
  );
  return (
    <fieldset data-testid="invitation-mode" style="border:0;padding:0;margin:0 0 4px 12px">
      <legend class="muted">{tr("documents.invitationMode")}</legend>
      {option("invitee", "documents.invitationMode.invitee")}
      {option("category", "documents.invitationMode.category")}
    </fieldset>
  );
}

function CreateButton({ kind, app }: { kind: DocumentKind; app: SidebarApp }) {
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    try {
      const input = kind === "invitations" ? { kind, invitations: documents.invitationMode } : { kind };
      const doc = await call("createDocument", input);
      documents.created.unshift(doc);
      app.showNotice(
        [
          tr("documents.created", { name: doc.name }),
          doc.inSpreadsheetFolder ? "" : tr("documents.notInFolder"),
          ...(doc.warnings ?? []).map((warning) => trMessage(warning)),
        ]
          .filter(Boolean)
          .join(" "),
      );
      changes.notify();
    } catch (error) {
      app.showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" class="primary" data-action={`create-${kind}`} disabled={busy} onClick={create}>
      {tr(busy ? "documents.creating" : "documents.create")}
    </button>
  );
}

function DocumentRow({
  kind,
  app,
  preview,
}: {
  kind: DocumentKind;
  app: SidebarApp;
  preview: PreviewHooks | null;
}) {
  return (
    <section data-document={kind} style="margin:8px 0;padding:6px 0;border-bottom:1px solid var(--line)">
      <h3 style="margin:0 0 6px">{tr(KIND_LABEL[kind])}</h3>
      {kind === "invitations" && !preview ? <ModeChoice /> : null}
      {preview ? (
        <a href={preview.downloadUrl(kind)} download="" data-action={`download-${kind}`}>
          {tr("documents.download")}
        </a>
      ) : (
        <CreateButton kind={kind} app={app} />
      )}
    </section>
  );
}

function CreatedList() {
  if (documents.created.length === 0) return null;
  return (
    <section data-testid="created-documents">
      <h3>{tr("documents.createdList")}</h3>
      <ul>
        {documents.created.map((doc, i) => (
          // Counted from the oldest: new Docs go on top and the others keep their key.
          <li key={`${doc.id}-${documents.created.length - i}`}>
            <a href={doc.url} target="_blank" rel="noopener">
              {doc.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DocumentsPanel({ app }: TabProps) {
  useChanges(changes);
  const preview = previewHooks();
  return (
    <>
      <p class="muted">{tr(preview ? "documents.previewNote" : "documents.intro")}</p>
      {DOCUMENT_KINDS.map((kind) => (
        <DocumentRow key={kind} kind={kind} app={app} preview={preview} />
      ))}
      <CreatedList />
    </>
  );
}

export const documentsTab: SidebarTab = {
  id: "documents",
  label: "sidebar.tab.documents",
  Panel: DocumentsPanel,
};
