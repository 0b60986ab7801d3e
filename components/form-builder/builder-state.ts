// Pure: the builder's state (definition with undo/redo history and the selection) and its reducer.
import {
  isField,
  type TElement,
  type TFormDefinition,
  type TPage,
  type TSimpleField,
} from "@/lib/forms/definition";
import type { TLanguage } from "@/lib/forms/localized-text";
import { elementName } from "@/lib/forms/walk-definition";
import {
  addGroupChild,
  insertElement,
  locate,
  moveElementBy,
  moveElementTo,
  movePage,
  removeElement,
  renameFieldReferences,
  replaceElement,
} from "./definition-operations";
import { setTextAt } from "@/lib/forms/set-text-at";

export type TSelection =
  { kind: "form" } | { kind: "page"; pageIndex: number } | { kind: "element"; name: string };

export interface TBuilderState {
  past: TFormDefinition[];
  present: TFormDefinition;
  future: TFormDefinition[];
  selection: TSelection;
  /** Bumped when the definition changes from outside the properties form (undo, redo, import), so forms reset. */
  externalVersion: number;
  /** Bumped when another thing is selected (not when the selected element is renamed), so forms remount. */
  selectionSerial: number;
  /** Consecutive edits of the same thing (typing) become one undo step. */
  lastCoalesceKey?: string;
  lastEditAt?: number;
}

export type TBuilderAction =
  | { type: "select"; selection: TSelection }
  | { type: "addElement"; element: TElement; pageIndex: number; index: number }
  | { type: "addGroupChild"; groupName: string; child: TSimpleField }
  | { type: "updateElement"; name: string; element: TElement; at: number }
  | { type: "deleteElement"; name: string }
  | { type: "moveElement"; name: string; direction: -1 | 1 }
  | { type: "moveElementTo"; name: string; pageIndex: number; index: number }
  | { type: "addPage"; page: TPage }
  | { type: "updatePage"; pageIndex: number; page: TPage; at: number }
  | { type: "deletePage"; pageIndex: number }
  | { type: "movePage"; pageIndex: number; direction: -1 | 1 }
  | { type: "updateForm"; definition: TFormDefinition; at: number; coalesceKey: string }
  | { type: "setText"; path: string; language: TLanguage; value: string; at: number }
  | { type: "replaceDefinition"; definition: TFormDefinition }
  | { type: "undo" }
  | { type: "redo" };

const HISTORY_LIMIT = 100;
const COALESCE_MS = 1000;

export function initialBuilderState(definition: TFormDefinition): TBuilderState {
  return {
    past: [],
    present: definition,
    future: [],
    selection: { kind: "form" },
    externalVersion: 0,
    selectionSerial: 0,
  };
}

function commit(
  state: TBuilderState,
  definition: TFormDefinition,
  options: {
    selection?: TSelection;
    coalesceKey?: string;
    at?: number;
    isExternal?: boolean;
    isRename?: boolean;
  } = {},
): TBuilderState {
  const selectionSerial = state.selectionSerial + (options.selection && !options.isRename ? 1 : 0);
  if (definition === state.present)
    return options.selection ? { ...state, selection: options.selection, selectionSerial } : state;
  const isCoalesced =
    options.coalesceKey !== undefined &&
    options.coalesceKey === state.lastCoalesceKey &&
    options.at !== undefined &&
    state.lastEditAt !== undefined &&
    options.at - state.lastEditAt < COALESCE_MS;
  return {
    ...state,
    past: isCoalesced ? state.past : [...state.past, state.present].slice(-HISTORY_LIMIT),
    present: definition,
    future: [],
    selection: options.selection ?? state.selection,
    selectionSerial,
    externalVersion: state.externalVersion + (options.isExternal ? 1 : 0),
    lastCoalesceKey: options.coalesceKey,
    lastEditAt: options.at,
  };
}

/** After undo/redo the selected element may be gone; fall back to the form. */
function validSelection(definition: TFormDefinition, selection: TSelection): TSelection {
  if (selection.kind === "element" && !locate(definition, selection.name)) return { kind: "form" };
  if (selection.kind === "page" && !definition.pages[selection.pageIndex]) return { kind: "form" };
  return selection;
}

export function builderReducer(state: TBuilderState, action: TBuilderAction): TBuilderState {
  const definition = state.present;
  switch (action.type) {
    case "select":
      return {
        ...state,
        selection: action.selection,
        selectionSerial: state.selectionSerial + 1,
        lastCoalesceKey: undefined,
      };
    case "addElement":
      return commit(state, insertElement(definition, action.element, action.pageIndex, action.index), {
        selection: { kind: "element", name: elementName(action.element) },
      });
    case "addGroupChild":
      return commit(state, addGroupChild(definition, action.groupName, action.child), {
        selection: { kind: "element", name: action.child.key },
      });
    case "updateElement": {
      const name = elementName(action.element);
      const replaced = replaceElement(definition, action.name, action.element);
      const isKeyChange = name !== action.name && isField(action.element);
      return commit(state, isKeyChange ? renameFieldReferences(replaced, action.name, name) : replaced, {
        selection: { kind: "element", name },
        isRename: true,
        coalesceKey: `element:${state.selectionSerial}`,
        at: action.at,
      });
    }
    case "deleteElement":
      return commit(state, removeElement(definition, action.name), { selection: { kind: "form" } });
    case "moveElement":
      return commit(state, moveElementBy(definition, action.name, action.direction));
    case "moveElementTo":
      return commit(state, moveElementTo(definition, action.name, action.pageIndex, action.index));
    case "addPage":
      return commit(
        state,
        { ...definition, pages: [...definition.pages, action.page] },
        { selection: { kind: "page", pageIndex: definition.pages.length } },
      );
    case "updatePage":
      return commit(
        state,
        {
          ...definition,
          pages: definition.pages.map((page, index) => (index === action.pageIndex ? action.page : page)),
        },
        { coalesceKey: `page:${action.pageIndex}`, at: action.at },
      );
    case "deletePage":
      if (definition.pages.length <= 1) return state;
      return commit(
        state,
        { ...definition, pages: definition.pages.filter((_, index) => index !== action.pageIndex) },
        { selection: { kind: "form" } },
      );
    case "movePage":
      return commit(state, movePage(definition, action.pageIndex, action.direction), {
        selection: {
          kind: "page",
          pageIndex: Math.max(0, Math.min(definition.pages.length - 1, action.pageIndex + action.direction)),
        },
      });
    case "updateForm":
      return commit(state, action.definition, { coalesceKey: action.coalesceKey, at: action.at });
    case "setText":
      return commit(state, setTextAt(definition, action.path, action.language, action.value), {
        coalesceKey: `text:${action.path}:${action.language}`,
        at: action.at,
      });
    case "replaceDefinition":
      return commit(state, action.definition, { selection: { kind: "form" }, isExternal: true });
    case "undo": {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        ...state,
        past: state.past.slice(0, -1),
        present: previous,
        future: [state.present, ...state.future],
        selection: validSelection(previous, state.selection),
        externalVersion: state.externalVersion + 1,
        lastCoalesceKey: undefined,
      };
    }
    case "redo": {
      const [next, ...future] = state.future;
      if (!next) return state;
      return {
        ...state,
        past: [...state.past, state.present],
        present: next,
        future,
        selection: validSelection(next, state.selection),
        externalVersion: state.externalVersion + 1,
        lastCoalesceKey: undefined,
      };
    }
  }
}

/** When an edit happened, for grouping quick edits into one undo step (called from event handlers). */
export function editTimestamp(): number {
  return Date.now();
}
