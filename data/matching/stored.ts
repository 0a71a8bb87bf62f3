/**
 * The compiled model as bytes, to store (storage, the build's module) and
 * back. Kept apart from compile.ts so that a script that only loads a model
 * never imports the stemmers.
 *
 * Layout, every part 4-byte aligned: a format mark; the small plain data
 * (topic ids, times, near rules) as UTF-8 JSON; typed columns for what grows
 * with the library (forms, their words, the entries of each automaton
 * pattern, and one table of their strings); then the automaton's arrays.
 * Thousands of names were mostly JSON keys and quotes before, and JSON.parse
 * was most of a load.
 */
import { loadAutomaton, serialiseAutomaton } from './automaton';
import { finished, type Steps } from '../slicing';
import type { CompiledForm, CompiledMatching, Entry, LeadTest, MatchingTables } from './compiled';

/** "BMM4": a model of this layout. Bytes of an older layout start otherwise. */
const FORMAT_MARK = 0x344d4d42;
const TRUNCATED = 'The stored matcher is truncated: rebuild it from the library.';

const FORM_COMPOUND = 1;
const FORM_SUBSTRING = 2;
const FORM_PROCLITICS = 4;

type Column = Int32Array | Uint16Array | Uint8Array;
const KINDS = [Int32Array, Uint16Array, Uint8Array] as const;
const kindOf = (column: Column) => (column instanceof Int32Array ? 0 : column instanceof Uint16Array ? 1 : 2);
const padded = (bytes: number) => bytes + ((4 - (bytes % 4)) % 4);

/** Strings interned into one table of UTF-16 units. */
class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      this.ids.set(text, (id = this.strings.length));
      this.strings.push(text);
    }
    return id;
  }
  columns(): [Int32Array, Uint16Array] {
    const starts = new Int32Array(this.strings.length + 1);
    let units = 0;
    this.strings.forEach((text, index) => {
      starts[index] = units;
      units += text.length;
    });
    starts[this.strings.length] = units;
    const chars = new Uint16Array(units);
    this.strings.forEach((text, index) => {
      for (let i = 0; i < text.length; i++) chars[starts[index]! + i] = text.charCodeAt(i);
    });
    return [starts, chars];
  }
}

function columnsOf(compiled: CompiledMatching): Column[] {
  const strings = new StringTable();
  const { forms, entries } = compiled;
  const formWordStart = new Int32Array(forms.length + 1);
  const formHeadWord = new Int32Array(forms.length);
  const formFlags = new Uint8Array(forms.length);
  const formProcliticStart = new Int32Array(forms.length + 1);
  const wordStem: number[] = [];
  const wordEnding: number[] = [];
  const proclitics: number[] = [];
  forms.forEach((form, index) => {
    formWordStart[index] = wordStem.length;
    formProcliticStart[index] = proclitics.length;
    formHeadWord[index] = form.headWord;
    formFlags[index] = (form.compound ? FORM_COMPOUND : 0) | (form.substring ? FORM_SUBSTRING : 0) | (form.proclitics ? FORM_PROCLITICS : 0);
    for (const word of form.words) {
      wordStem.push(strings.id(word.stem));
      wordEnding.push(word.ending);
    }
    for (const clitic of form.proclitics ?? []) proclitics.push(strings.id(clitic));
  });
  formWordStart[forms.length] = wordStem.length;
  formProcliticStart[forms.length] = proclitics.length;

  const count = entries.reduce((sum, list) => sum + list.length, 0);
  const entryStart = new Int32Array(entries.length + 1);
  const kind = new Uint8Array(count);
  const ambiguous = new Uint8Array(count);
  const [topic, form, skip, caseText, near, word] = Array.from({ length: 6 }, () => new Int32Array(count));
  let at = 0;
  entries.forEach((list, pattern) => {
    entryStart[pattern] = at;
    for (const entry of list) {
      kind[at] = entry.kind;
      ambiguous[at] = entry.ambiguous ? 1 : 0;
      topic![at] = entry.topic;
      form![at] = entry.form;
      skip![at] = entry.skip;
      caseText![at] = entry.caseText !== undefined ? strings.id(entry.caseText) : -1;
      near![at] = entry.near ?? -1;
      word![at] = entry.word ?? -1;
      at++;
    }
  });
  entryStart[entries.length] = at;
  const [stringStart, chars] = strings.columns();
  return [
    formWordStart,
    formHeadWord,
    formFlags,
    formProcliticStart,
    Int32Array.from(wordStem),
    Int32Array.from(wordEnding),
    Int32Array.from(proclitics),
    entryStart,
    kind,
    ambiguous,
    topic!,
    form!,
    skip!,
    caseText!,
    near!,
    word!,
    stringStart,
    chars,
    compiled.leadingWhenAllOn ?? new Uint8Array(0),
  ];
}

/** A loaded model's forms and entries, each made from its columns the first time a hit needs it. */
class StoredTables implements MatchingTables {
  private readonly forms: (CompiledForm | undefined)[];
  private readonly entries: (Entry[] | undefined)[];
  private readonly strings: (string | undefined)[];
  private readonly c: {
    formWordStart: Int32Array;
    formHeadWord: Int32Array;
    formFlags: Uint8Array;
    formProcliticStart: Int32Array;
    wordStem: Int32Array;
    wordEnding: Int32Array;
    proclitics: Int32Array;
    entryStart: Int32Array;
    kind: Uint8Array;
    ambiguous: Uint8Array;
    topic: Int32Array;
    form: Int32Array;
    skip: Int32Array;
    caseText: Int32Array;
    near: Int32Array;
    word: Int32Array;
    stringStart: Int32Array;
    chars: Uint16Array;
    leadingWhenAllOn: Uint8Array;
  };

  constructor(columns: Column[]) {
    const names = [
      'formWordStart', 'formHeadWord', 'formFlags', 'formProcliticStart', 'wordStem', 'wordEnding', 'proclitics',
      'entryStart', 'kind', 'ambiguous', 'topic', 'form', 'skip', 'caseText', 'near', 'word', 'stringStart', 'chars',
      'leadingWhenAllOn',
    ] as const;
    if (columns.length !== names.length) throw new Error(TRUNCATED);
    this.c = Object.fromEntries(names.map((name, index) => [name, columns[index]])) as unknown as StoredTables['c'];
    this.forms = new Array(this.c.formHeadWord.length);
    this.entries = new Array(this.c.entryStart.length - 1);
    this.strings = new Array(this.c.stringStart.length - 1);
  }

  /** The first pass's stops with every topic on (empty when the model was stored without them). */
  get leadingWhenAllOn(): Uint8Array | undefined {
    return this.c.leadingWhenAllOn.length > 0 ? this.c.leadingWhenAllOn : undefined;
  }

  get formCount(): number {
    return this.forms.length;
  }

  get patternCount(): number {
    return this.entries.length;
  }

  private string(id: number): string {
    const { stringStart, chars } = this.c;
    return (this.strings[id] ??= String.fromCharCode.apply(null, chars.subarray(stringStart[id], stringStart[id + 1]) as unknown as number[]));
  }

  formAt(f: number): CompiledForm {
    const cached = this.forms[f];
    if (cached) return cached;
    const { formWordStart, formHeadWord, formFlags, formProcliticStart, wordStem, wordEnding, proclitics } = this.c;
    const words: CompiledForm['words'] = [];
    for (let w = formWordStart[f]!; w < formWordStart[f + 1]!; w++) words.push({ stem: this.string(wordStem[w]!), ending: wordEnding[w]! });
    const flags = formFlags[f]!;
    const form: CompiledForm = { words, headWord: formHeadWord[f]!, compound: (flags & FORM_COMPOUND) !== 0, substring: (flags & FORM_SUBSTRING) !== 0 };
    if (flags & FORM_PROCLITICS) {
      form.proclitics = [];
      for (let p = formProcliticStart[f]!; p < formProcliticStart[f + 1]!; p++) form.proclitics.push(this.string(proclitics[p]!));
    }
    return (this.forms[f] = form);
  }

  entriesAt(pattern: number): readonly Entry[] {
    const cached = this.entries[pattern];
    if (cached) return cached;
    const { entryStart, kind, ambiguous, topic, form, skip, caseText, near, word } = this.c;
    const list: Entry[] = [];
    for (let e = entryStart[pattern]!; e < entryStart[pattern + 1]!; e++) {
      const entry: Entry = { kind: kind[e]! as Entry['kind'], topic: topic[e]!, form: form[e]!, skip: skip[e]!, ambiguous: ambiguous[e] === 1 };
      if (caseText[e]! >= 0) entry.caseText = this.string(caseText[e]!);
      if (near[e]! >= 0) {
        entry.near = near[e]!;
        entry.word = word[e]!;
      }
      list.push(entry);
    }
    return (this.entries[pattern] = list);
  }

  patternsOf(topics: readonly boolean[], leads: LeadTest): Uint8Array {
    const { entryStart, kind, topic, near, word } = this.c;
    const out = new Uint8Array(this.entries.length);
    for (let pattern = 0; pattern < out.length; pattern++) {
      for (let e = entryStart[pattern]!; e < entryStart[pattern + 1]!; e++) {
        if (topics[topic[e]!] && leads(kind[e]! as Entry['kind'], near[e]!, word[e]!)) {
          out[pattern] = 1;
          break;
        }
      }
    }
    return out;
  }
}

export function serialiseMatching(compiled: CompiledMatching): Uint8Array {
  const { automaton, entries: _entries, forms: _forms, tables: _tables, leadingWhenAllOn: _leading, ...data } = compiled;
  const json = new TextEncoder().encode(JSON.stringify(data));
  const columns = columnsOf(compiled);
  const arrays = serialiseAutomaton(automaton);
  const header = 8 + padded(json.length) + 4 + columns.length * 8;
  const total = header + columns.reduce((sum, column) => sum + padded(column.byteLength), 0) + arrays.length;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, FORMAT_MARK, true);
  view.setUint32(4, json.length, true);
  bytes.set(json, 8);
  let offset = 8 + padded(json.length);
  view.setUint32(offset, columns.length, true);
  offset += 4;
  for (const column of columns) {
    view.setUint32(offset, kindOf(column), true);
    view.setUint32(offset + 4, column.length, true);
    offset += 8;
  }
  for (const column of columns) {
    bytes.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), offset);
    offset += padded(column.byteLength);
  }
  bytes.set(arrays, offset);
  return bytes;
}

/** Whether `bytes` are a model of this build's layout (a stored one may be of an older build's). */
export function isCurrentFormat(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(0, true) === FORMAT_MARK;
}

export function loadMatching(stored: Uint8Array): CompiledMatching {
  if (!isCurrentFormat(stored)) throw new Error('The stored matcher is of an older build: rebuild it from the library.');
  // Views need 4-byte-aligned starts: copy only when the bytes are not.
  const bytes = stored.byteOffset % 4 === 0 ? stored : stored.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(4, true);
  let offset = 8 + padded(jsonLength);
  if (offset + 4 > bytes.length) throw new Error(TRUNCATED);
  const data = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + jsonLength))) as Omit<CompiledMatching, 'automaton' | 'entries' | 'forms' | 'leadingWhenAllOn'>;
  const count = view.getUint32(offset, true);
  let dataOffset = offset + 4 + count * 8;
  if (dataOffset > bytes.length) throw new Error(TRUNCATED);
  const columns: Column[] = [];
  for (let index = 0; index < count; index++, offset += 8) {
    const Kind = KINDS[view.getUint32(offset + 4, true)]!;
    const length = view.getUint32(offset + 8, true);
    if (!Kind || dataOffset + length * Kind.BYTES_PER_ELEMENT > bytes.length) throw new Error(TRUNCATED);
    columns.push(new Kind(bytes.buffer as ArrayBuffer, bytes.byteOffset + dataOffset, length));
    dataOffset += padded(length * Kind.BYTES_PER_ELEMENT);
  }
  const tables = new StoredTables(columns);
  let forms: CompiledForm[] | undefined;
  let entries: Entry[][] | undefined;
  return {
    ...data,
    automaton: loadAutomaton(bytes.subarray(dataOffset)),
    tables,
    leadingWhenAllOn: tables.leadingWhenAllOn,
    // Made in full only when read (tests, a model stored again); the model reads `tables`.
    get forms() {
      return (forms ??= Array.from({ length: tables.formCount }, (_, index) => tables.formAt(index)));
    },
    get entries() {
      return (entries ??= Array.from({ length: tables.patternCount }, (_, pattern) => tables.entriesAt(pattern) as Entry[]));
    },
  };
}

/** Base64 of stored bytes: how the build writes the bundled pack's model into a module. */
export function bytesToBase64(bytes: Uint8Array): string {
  // The browser's own encoder (Chromium 140, Firefox 133): a 14 MB model took 0.7 s the other way.
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 characters decoded per step (a multiple of 4). */
export const BASE64_CHUNK = 1 << 20;

/**
 * Decodes base64 (no whitespace: ours) a chunk per step: `bytesFromBase64` at once, or in slices for a
 * library's model of megabytes.
 */
export function* base64Steps(text: string): Steps<Uint8Array> {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  for (let at = 0; at < text.length; at += BASE64_CHUNK) {
    if (at > 0) yield;
    decodeBase64Into(bytes, (at / 4) * 3, text.slice(at, at + BASE64_CHUNK));
  }
  return bytes;
}

/** The browser's own decoder where it has one (Chromium 140, Firefox 133), else atob. */
export function decodeBase64Into(bytes: Uint8Array, offset: number, chunk: string): void {
  const target = bytes.subarray(offset) as Uint8Array & { setFromBase64?: (text: string) => unknown };
  if (target.setFromBase64) {
    target.setFromBase64(chunk);
    return;
  }
  const binary = atob(chunk);
  for (let i = 0; i < binary.length; i++) bytes[offset + i] = binary.charCodeAt(i);
}

export function bytesFromBase64(text: string): Uint8Array {
  return finished(base64Steps(text));
}
