/**
 * The secretary's form, keyboard-first: the asker (typed freely, or picked from the roster or the
 * register as one types: arrow keys and Enter, or a click), TDP/KDC filled from the person,
 * channel, field, content, competent level, who answers, the answer. Enter saves from any field
 * (Shift+Enter: a new line in the text boxes) and clears the form; the cursor goes back to the
 * asker for the next opinion. Vietnamese typing (an IME composing) never saves half a word.
 */
import type { ComponentChild } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import type { MessageKey } from "../../../../shared/i18n/index.ts";
import { tr } from "../../locale.ts";
import type { SidebarApp } from "../types.ts";
import {
  type CaptureForm,
  opinionChanges,
  opinions,
  pickAsker,
  save,
  searchAskersSoon,
  setClerk,
} from "./state.ts";

const FIELD_STYLE = "display:block;width:100%;box-sizing:border-box;font:inherit;padding:4px;margin-top:2px";
const LABEL_STYLE = "display:block;margin:6px 0 0;font-size:12px;color:#5f6368";

function set<K extends keyof CaptureForm>(key: K, value: CaptureForm[K]): void {
  opinions.form = { ...opinions.form, [key]: value };
  opinionChanges.notify();
}

function Choice({
  name,
  label,
  values,
  allowNone,
}: {
  name: "channel" | "field" | "level" | "answerer" | "tdp";
  label: MessageKey;
  values: readonly string[];
  allowNone: boolean;
}) {
  const value = opinions.form[name];
  return (
    <label style={LABEL_STYLE}>
      {tr(label)}
      <select
        name={name}
        style={FIELD_STYLE}
        value={value}
        onChange={(e) => {
          const chosen = (e.currentTarget as HTMLSelectElement).value;
          if (name === "tdp") {
            const kdc = opinions.context?.tdps.find((t) => t.name === chosen)?.kdc ?? "";
            opinions.form = { ...opinions.form, tdp: chosen, kdc };
            opinionChanges.notify();
          } else set(name, chosen);
        }}
      >
        {allowNone ? <option value="">{tr("opinions.ui.none")}</option> : null}
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A free-text field of the form, in its label. */
function TextArea({ name, label, rows }: { name: "content" | "answer"; label: MessageKey; rows: number }) {
  return (
    <label style={LABEL_STYLE}>
      {tr(label)}
      <textarea
        name={name}
        rows={rows}
        style={FIELD_STYLE}
        value={opinions.form[name]}
        onInput={(e) => set(name, (e.currentTarget as HTMLTextAreaElement).value)}
      />
    </label>
  );
}

/** Two fields side by side, sharing the 300 px column. */
function Pair({ left, right }: { left: ComponentChild; right: ComponentChild }) {
  return (
    <div style="display:flex;gap:6px">
      <div style="flex:1;min-width:0">{left}</div>
      <div style="flex:1;min-width:0">{right}</div>
    </div>
  );
}

function Suggestions() {
  if (opinions.askers.length === 0) return null;
  return (
    <ul
      data-testid="asker-suggestions"
      style="list-style:none;margin:2px 0;padding:0;border:1px solid #dadce0"
    >
      {opinions.askers.map((p, i) => (
        <li key={`${p.id}-${i}`}>
          <button
            type="button"
            tabIndex={-1}
            data-person={p.id}
            style={`display:block;width:100%;text-align:left;border:0;padding:4px;font:inherit;cursor:pointer;background:${i === opinions.highlighted ? "#e8f0fe" : "#fff"}`}
            onMouseDown={(e) => {
              e.preventDefault();
              pickAsker(p);
            }}
          >
            <strong>{p.name}</strong>
            <span class="muted" style="font-size:12px">
              {` · ${[p.tdp, p.kdc].filter(Boolean).join(", ")}${p.birth ? ` · ${p.birth.slice(-4)}` : ""} · ${tr(p.birth !== undefined ? "opinions.ui.fromRegister" : "opinions.ui.fromRoster")}`}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function Capture({ app }: { app: SidebarApp }) {
  const first = useRef<HTMLInputElement>(null);
  const context = opinions.context;
  const f = opinions.form;
  // After a save the form is empty again and the cursor is back in the first field.
  const saved = opinions.saved;
  useLayoutEffect(() => {
    if (saved > 0) first.current?.focus();
  }, [saved]);
  // Opening the form (once its lists are there) puts the cursor in it: the clerk starts typing.
  const ready = context !== null;
  useLayoutEffect(() => {
    if (ready) first.current?.focus();
  }, [ready]);
  if (!context) return <p class="muted">{tr("opinions.ui.loading")}</p>;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.isComposing || e.key !== "Enter" || e.shiftKey) return;
    const target = e.target as HTMLElement;
    if (target.tagName === "BUTTON") return;
    if (target.getAttribute("name") === "asker" && opinions.highlighted >= 0) {
      const person = opinions.askers[opinions.highlighted];
      e.preventDefault();
      if (person) pickAsker(person);
      return;
    }
    e.preventDefault();
    void save(app);
  };
  const onAskerKey = (e: KeyboardEvent) => {
    const n = opinions.askers.length;
    if (n === 0 || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
    e.preventDefault();
    opinions.highlighted =
      (opinions.highlighted + (e.key === "ArrowDown" ? 1 : n - 1 + (opinions.highlighted < 0 ? 1 : 0))) % n;
    opinionChanges.notify();
  };

  return (
    <form
      data-testid="opinion-form"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save(app);
      }}
    >
      <label style={LABEL_STYLE}>
        {tr("opinions.ui.asker")}
        <input
          ref={first}
          name="asker"
          autocomplete="off"
          placeholder={tr("opinions.ui.askerHint")}
          style={FIELD_STYLE}
          value={f.asker}
          disabled={f.anonymous}
          onKeyDown={onAskerKey}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLInputElement).value;
            set("asker", value);
            searchAskersSoon(value);
          }}
        />
      </label>
      <Suggestions />
      <label style="display:flex;gap:6px;align-items:center;margin-top:4px">
        <input
          type="checkbox"
          name="anonymous"
          checked={f.anonymous}
          onChange={(e) => set("anonymous", (e.currentTarget as HTMLInputElement).checked)}
        />
        {tr("opinions.ui.anonymous")}
      </label>
      <div style="display:flex;gap:6px">
        <div style="flex:1;min-width:0">
          <Choice name="tdp" label="opinions.ui.tdp" values={context.tdps.map((t) => t.name)} allowNone />
        </div>
        <div style="flex:1;min-width:0">
          <label style={LABEL_STYLE}>
            {tr("opinions.ui.kdc")}
            <input
              name="kdc"
              style={FIELD_STYLE}
              value={f.kdc}
              readOnly={f.tdp !== ""}
              tabIndex={-1}
              onInput={(e) => set("kdc", (e.currentTarget as HTMLInputElement).value)}
            />
          </label>
        </div>
      </div>
      <Pair
        left={
          <Choice name="channel" label="opinions.ui.channel" values={context.channels} allowNone={false} />
        }
        right={<Choice name="field" label="opinions.ui.field" values={context.fields} allowNone />}
      />
      <TextArea name="content" label="opinions.ui.content" rows={3} />
      <Pair
        left={<Choice name="level" label="opinions.ui.level" values={context.levels} allowNone />}
        right={<Choice name="answerer" label="opinions.ui.answerer" values={context.answerers} allowNone />}
      />
      <TextArea name="answer" label="opinions.ui.answer" rows={2} />
      <div style="display:flex;gap:6px;align-items:end;margin-top:8px">
        <label style="flex:1;min-width:0;font-size:12px;color:#5f6368">
          {tr("opinions.ui.recorder")}
          <input
            name="recorder"
            tabIndex={-1}
            style={FIELD_STYLE}
            value={opinions.clerk}
            onInput={(e) => setClerk((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="primary" data-action="save-opinion">
          {tr("opinions.ui.save")}
        </button>
      </div>
      <p class="muted" style="font-size:11px;margin:4px 0 0">
        {tr("opinions.ui.keys")}
      </p>
    </form>
  );
}
