/**
 * Aho-Corasick over folded UTF-16 code units, held in typed arrays.
 *
 * One pass over a text finds every occurrence of every pattern; each unit of
 * text costs one transition plus failure hops, and failure hops never exceed
 * the transitions taken (the depth they undo was gained one unit at a time),
 * so a scan takes at most 2 steps per unit whatever the number of patterns.
 * (The choice against a library and the old trie regex is measured in
 * docs/matching.md, "Choice of automaton".)
 *
 * Layout (all node ids are BFS order, root 0):
 * - edges of node n: edgeChar/edgeTarget[edgeStart[n] .. edgeStart[n+1]), sorted by char;
 * - fail[n]: the node of n's longest proper suffix that is a node;
 * - own outputs of n: outPattern[outStart[n] .. outStart[n+1]);
 * - outLink[n]: the nearest node on n's failure chain with own outputs, or -1;
 * - patternLength[p]: pattern p's length in units;
 * - outputs[n]: 1 when n, or a node on its failure chain, ends a pattern
 *   (stored, not worked out at load: a loop over every node is most of a
 *   load, since code that runs once per page runs unoptimised).
 * The root's transitions are also spread into a 65,536-entry table (ASCII
 * has dense rows): a text is mostly read at the root, so that step is one
 * array read. Both tables are filled as a text first needs them, a dense row
 * per node and the spread a block of 256 units at a time: made whole at load,
 * they were most of a small page's cost (code that runs once per page runs
 * unoptimised), and a page reaches a few hundred rows and a block or two.
 */

import * as folding from './normalise';
import { finished, type Steps } from '../slicing';

// Module bindings copied once: some loaders (vite-node) turn each use of an
// imported name into a getter call, which the first pass cannot afford per unit.
const { DROP, foldTable, learnUnit, MANY, manyUnits, SEPARATOR, spacelessTable, UNKNOWN } = folding;

export interface AutomatonArrays {
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTarget: Int32Array;
  fail: Int32Array;
  outStart: Int32Array;
  outPattern: Int32Array;
  outLink: Int32Array;
  patternLength: Int32Array;
  outputs: Uint8Array;
}

/** Called for each occurrence: pattern id and the folded offset just after it. */
export type HitSink = (pattern: number, end: number) => void;

/**
 * Dense ASCII rows for the first 1,024 nodes (512 kB): the first pass reaches regex
 * speed on Latin text. With 4,096 (2 MB) it was no faster, and making the rows was most of a small
 * page's cost (docs/matching.md).
 */
const DENSE_LIMIT = 1024;

/**
 * The filled tables hold a state plus one, so that a fresh (zeroed) array is
 * all unfilled: filling a megabyte with a marker was a small page's cost.
 */
const UNFILLED = 0;
/** Units per block of the spread tables. */
const BLOCK_BITS = 8;

/** The first of `node`'s edges (sorted by unit) on a unit of `from` or more: a binary search. */
function firstEdgeFrom(edgeStart: Int32Array, edgeChar: Uint16Array, node: number, from: number): number {
  let low = edgeStart[node]!;
  let high = edgeStart[node + 1]!;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (edgeChar[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class Automaton {
  readonly arrays: AutomatonArrays;
  /** The root's transition per unit, plus one; UNFILLED in a block not filled yet. */
  private readonly rootNext = new Int32Array(65536);
  /** The transitions of the node after a separator (every word start passes it), spread like the root's. */
  private readonly wordStart: number;
  private readonly wordStartNext = new Int32Array(65536);
  /**
   * A DFA row of 128 ASCII units for each of the first `denseNodes` nodes
   * (BFS order: the shallowest, where a scan spends most of its time),
   * failures already followed, each state plus one; UNFILLED until a text
   * first reaches the node.
   */
  private readonly denseNodes: number;
  private readonly asciiNext: Int32Array;
  /** Steps taken by the last scan (transitions plus failure hops): for tests of the cost. */
  steps = 0;

  constructor(arrays: AutomatonArrays) {
    this.arrays = arrays;
    const { edgeStart, edgeChar, edgeTarget } = arrays;
    this.wordStart = Math.max(0, this.edge(edgeStart, edgeChar, edgeTarget, 0, SEPARATOR));
    // The shallowest nodes: in BFS order, the first ones. Each one's failure is shallower, so dense too.
    const dense = Math.min(arrays.fail.length, DENSE_LIMIT);
    this.denseNodes = dense;
    this.asciiNext = new Int32Array(dense * 128);
  }

  /** The dense row of `node` (below `denseNodes`), filled from its failure's row and its own edges. */
  private denseRow(node: number): number {
    const row = node * 128;
    if (this.asciiNext[row]! !== UNFILLED) return row;
    const { edgeStart, edgeChar, edgeTarget, fail } = this.arrays;
    // A failure is shallower, so it is a dense node too.
    if (node > 0) {
      const failureRow = this.denseRow(fail[node]!);
      this.asciiNext.copyWithin(row, failureRow, failureRow + 128);
    }
    else this.asciiNext.fill(1, 0, 128);
    for (let e = edgeStart[node]!; e < edgeStart[node + 1]!; e++) if (edgeChar[e]! < 128) this.asciiNext[row + edgeChar[e]!] = edgeTarget[e]! + 1;
    return row;
  }

  /** The state after ASCII `unit` in dense `state`. */
  private denseNext(state: number, unit: number): number {
    return this.asciiNext[this.denseRow(state) + unit]! - 1;
  }

  /** Fills the block of `unit` in the spread tables of the root and the word start. */
  private spreadBlock(unit: number): void {
    const from = (unit >> BLOCK_BITS) << BLOCK_BITS;
    const to = from + (1 << BLOCK_BITS);
    const { edgeStart, edgeChar, edgeTarget } = this.arrays;
    const { rootNext, wordStartNext, wordStart } = this;
    rootNext.fill(1, from, to);
    for (let e = firstEdgeFrom(edgeStart, edgeChar, 0, from); e < edgeStart[1]! && edgeChar[e]! < to; e++) rootNext[edgeChar[e]!] = edgeTarget[e]! + 1;
    // The word start's failure is the root: a unit it has no edge for goes where the root sends it.
    wordStartNext.set(rootNext.subarray(from, to), from);
    if (wordStart > 0) {
      for (let e = firstEdgeFrom(edgeStart, edgeChar, wordStart, from); e < edgeStart[wordStart + 1]! && edgeChar[e]! < to; e++) wordStartNext[edgeChar[e]!] = edgeTarget[e]! + 1;
    }
  }

  /** The state after `unit` from the root (`state` 0) or the word start. */
  private fromStart(state: number, unit: number): number {
    const table = state === 0 ? this.rootNext : this.wordStartNext;
    if (table[unit]! === UNFILLED) this.spreadBlock(unit);
    return table[unit]! - 1;
  }

  get nodeCount(): number {
    return this.arrays.fail.length;
  }

  get patternCount(): number {
    return this.arrays.patternLength.length;
  }

  /** The state after reading `unit` in `state`, counting steps (for tests of the cost). */
  next(state: number, unit: number): number {
    const { edgeStart, edgeChar, edgeTarget, fail } = this.arrays;
    for (;;) {
      this.steps++;
      if (state === 0) return this.fromStart(0, unit);
      const target = this.edge(edgeStart, edgeChar, edgeTarget, state, unit);
      if (target >= 0) return target;
      state = fail[state]!;
    }
  }

  /** The same transition without counting: the first pass's. */
  private advance(state: number, unit: number): number {
    const { edgeStart, edgeChar, edgeTarget, fail } = this.arrays;
    for (;;) {
      if (state === 0 || state === this.wordStart) return this.fromStart(state, unit);
      const target = this.edge(edgeStart, edgeChar, edgeTarget, state, unit);
      if (target >= 0) return target;
      state = fail[state]!;
    }
  }

  /** The child of `state` on `unit`, or -1. */
  private edge(edgeStart: Int32Array, edgeChar: Uint16Array, edgeTarget: Int32Array, state: number, unit: number): number {
    const e = firstEdgeFrom(edgeStart, edgeChar, state, unit);
    return e < edgeStart[state + 1]! && edgeChar[e] === unit ? edgeTarget[e]! : -1;
  }

  /** Whether `state` (or a suffix of it) ends a pattern. */
  hasOutput(state: number): boolean {
    const { outStart, outLink } = this.arrays;
    return outStart[state]! < outStart[state + 1]! || outLink[state]! >= 0;
  }

  /** Reports every pattern ending in `state`, at folded offset `end`. */
  report(state: number, end: number, sink: HitSink): void {
    const { outStart, outPattern, outLink } = this.arrays;
    for (let node = outStart[state]! < outStart[state + 1]! ? state : outLink[state]!; node >= 0; node = outLink[node]!) {
      for (let o = outStart[node]!; o < outStart[node + 1]!; o++) sink(outPattern[o]!, end);
    }
  }

  /**
   * Per node: whether it, or a suffix on its failure chain, ends a pattern
   * that `accept` marks. For `anyIn`.
   */
  acceptingNodes(accept: Uint8Array): Uint8Array {
    const { outStart, outPattern, outLink } = this.arrays;
    const own = new Uint8Array(this.nodeCount);
    for (let node = 0; node < own.length; node++) {
      for (let o = outStart[node]!; o < outStart[node + 1]!; o++) if (accept[outPattern[o]!]) own[node] = 1;
    }
    // BFS order: a node's output link is shallower, so its answer is known.
    const result = new Uint8Array(own.length);
    for (let node = 0; node < own.length; node++) result[node] = own[node] || (outLink[node]! >= 0 ? result[outLink[node]!]! : 0);
    return result;
  }

  /**
   * Whether `text` (raw, folded here on the fly) holds a pattern whose end
   * node `accepting` marks: the cheap first pass, one tight loop with no
   * call per unit and no allocation.
   */
  anyIn(text: string, accepting: Uint8Array): boolean {
    const { rootNext, wordStart, wordStartNext } = this;
    const denseNodes = this.denseNodes;
    const asciiNext = this.asciiNext;
    const table = foldTable;
    const spaceless = spacelessTable;
    let state = wordStart;
    let lastWasSeparator = true;
    let lastSpaceless = 0;
    const length = text.length;
    for (let index = 0; index < length; index++) {
      const code = text.charCodeAt(index);
      let unit = table[code]!;
      if (unit <= 0) {
        if (unit === UNKNOWN) {
          learnUnit(code);
          index--;
          continue;
        }
        if (unit === DROP) continue;
      }
      if (unit === SEPARATOR) {
        if (lastWasSeparator) continue;
        lastWasSeparator = true;
      } else {
        const isSpaceless = spaceless[code]!;
        if (isSpaceless !== lastSpaceless) {
          // A script without spaces begins or ends: a word boundary (see normalise.ts).
          if (!lastWasSeparator) {
            state = this.advance(state, SEPARATOR);
            if (accepting[state]) return true;
          }
          lastSpaceless = isSpaceless;
        }
        lastWasSeparator = false;
        if (unit === MANY) {
          const units = manyUnits.get(code)!;
          for (let u = 0; u < units.length; u++) {
            state = this.advance(state, units[u]!);
            if (accepting[state]) return true;
          }
          continue;
        }
      }
      if (unit < 128 && state < denseNodes) {
        const next = asciiNext[state * 128 + unit]!;
        state = next !== UNFILLED ? next - 1 : this.denseNext(state, unit);
      } else if (state === 0 || state === wordStart) {
        const next = state === 0 ? rootNext[unit]! : wordStartNext[unit]!;
        state = next !== UNFILLED ? next - 1 : this.fromStart(state, unit);
      } else state = this.advance(state, unit);
      if (accepting[state]) return true;
    }
    if (!lastWasSeparator) state = this.advance(state, SEPARATOR);
    return accepting[state] === 1;
  }

  /**
   * Every occurrence of every pattern in `units[0 .. length)`: the same
   * tables as `anyIn`, the steps counted in a local (one per unit, plus each
   * failure hop) and stored at the end.
   */
  scan(units: Uint16Array, length: number, sink: HitSink): void {
    const { edgeStart, edgeChar, edgeTarget, fail, outputs } = this.arrays;
    const { rootNext, wordStart, wordStartNext } = this;
    const denseNodes = this.denseNodes;
    const asciiNext = this.asciiNext;
    let steps = 0;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const unit = units[i]!;
      steps++;
      if (unit < 128 && state < denseNodes) {
        const next = asciiNext[state * 128 + unit]!;
        state = next !== UNFILLED ? next - 1 : this.denseNext(state, unit);
      } else {
        for (;;) {
          if (state === 0 || state === wordStart) {
            const next = state === 0 ? rootNext[unit]! : wordStartNext[unit]!;
            state = next !== UNFILLED ? next - 1 : this.fromStart(state, unit);
            break;
          }
          const target = this.edge(edgeStart, edgeChar, edgeTarget, state, unit);
          if (target >= 0) {
            state = target;
            break;
          }
          state = fail[state]!;
          steps++;
        }
      }
      if (outputs[state]) this.report(state, i + 1, sink);
    }
    this.steps = steps;
  }
}

interface BuildNode {
  children: Map<number, number>;
  outputs: number[];
}

/** Builds the automaton of `patterns` (folded units; empty patterns are never reported). */
export function buildAutomaton(patterns: readonly (Uint16Array | string)[]): Automaton {
  return finished(buildAutomatonSteps(patterns));
}

/** Nodes or patterns handled between two steps of a build. */
const STEP = 8192;

/** `buildAutomaton` in steps, for a caller that lets the page run between them (a library of 50,000 names). */
export function* buildAutomatonSteps(patterns: readonly (Uint16Array | string)[]): Steps<Automaton> {
  // The trie, with nodes numbered as created.
  const nodes: BuildNode[] = [{ children: new Map(), outputs: [] }];
  const patternLength = new Int32Array(patterns.length);
  for (let id = 0; id < patterns.length; id++) {
    if (id % STEP === STEP - 1) yield;
    const pattern = patterns[id]!;
    const length = pattern.length;
    patternLength[id] = length;
    if (length === 0) continue;
    let node = 0;
    for (let i = 0; i < length; i++) {
      const unit = typeof pattern === 'string' ? pattern.charCodeAt(i) : pattern[i]!;
      let child = nodes[node]!.children.get(unit);
      if (child === undefined) {
        child = nodes.length;
        nodes.push({ children: new Map(), outputs: [] });
        nodes[node]!.children.set(unit, child);
      }
      node = child;
    }
    nodes[node]!.outputs.push(id);
  }
  yield;

  // Renumber in BFS order (children sorted) so that each node's edges are contiguous.
  const order: number[] = [0];
  const bfsId = new Int32Array(nodes.length);
  for (let head = 0; head < order.length; head++) {
    if (head % STEP === STEP - 1) yield;
    const children = [...nodes[order[head]!]!.children].sort((a, b) => a[0] - b[0]);
    for (const [, child] of children) {
      bfsId[child] = order.length;
      order.push(child);
    }
  }
  const count = nodes.length;
  const edgeStart = new Int32Array(count + 1);
  const edgeChar = new Uint16Array(count - 1);
  const edgeTarget = new Int32Array(count - 1);
  const outStart = new Int32Array(count + 1);
  const outPattern = new Int32Array(patterns.filter((pattern) => pattern.length > 0).length);
  let edge = 0;
  let out = 0;
  for (let id = 0; id < count; id++) {
    if (id % STEP === STEP - 1) yield;
    const node = nodes[order[id]!]!;
    edgeStart[id] = edge;
    for (const [unit, child] of [...node.children].sort((a, b) => a[0] - b[0])) {
      edgeChar[edge] = unit;
      edgeTarget[edge] = bfsId[child]!;
      edge++;
    }
    outStart[id] = out;
    for (const pattern of node.outputs) outPattern[out++] = pattern;
  }
  edgeStart[count] = edge;
  outStart[count] = out;

  // Failure and output links, in BFS order (a node's failure is shallower).
  const fail = new Int32Array(count);
  const outLink = new Int32Array(count).fill(-1);
  const outputs = new Uint8Array(count);
  const automaton = new Automaton({ edgeStart, edgeChar, edgeTarget, fail, outStart, outPattern, outLink, patternLength, outputs });
  for (let id = 0; id < count; id++) {
    if (id % STEP === STEP - 1) yield;
    for (let e = edgeStart[id]!; e < edgeStart[id + 1]!; e++) {
      const child = edgeTarget[e]!;
      const target = id === 0 ? 0 : automaton.next(fail[id]!, edgeChar[e]!);
      fail[child] = target;
      outLink[child] = outStart[target]! < outStart[target + 1]! ? target : outLink[target]!;
    }
    outputs[id] = outStart[id]! < outStart[id + 1]! || outLink[id]! >= 0 ? 1 : 0;
  }
  // The tables a scan fills follow failures: a fresh automaton over the finished arrays.
  return new Automaton(automaton.arrays);
}

/** 4-byte arrays first, then 2-byte, then 1-byte: every view is aligned. */
const ARRAY_ORDER = ['edgeStart', 'edgeTarget', 'fail', 'outStart', 'outPattern', 'outLink', 'patternLength', 'edgeChar', 'outputs'] as const;
const kindOfArray = (name: (typeof ARRAY_ORDER)[number]) => (name === 'edgeChar' ? Uint16Array : name === 'outputs' ? Uint8Array : Int32Array);

/**
 * The automaton as one byte buffer: a header of array lengths, then the
 * arrays, 4-byte arrays first so that every view is aligned. Loading it makes
 * views onto the buffer, no copy.
 */
export function serialiseAutomaton(automaton: Automaton): Uint8Array {
  const arrays = automaton.arrays;
  const header = ARRAY_ORDER.length;
  let bytes = header * 4;
  for (const name of ARRAY_ORDER) bytes += arrays[name].byteLength;
  const buffer = new Uint8Array(bytes + ((4 - (bytes % 4)) % 4));
  const lengths = new Int32Array(buffer.buffer, 0, header);
  let offset = header * 4;
  ARRAY_ORDER.forEach((name, index) => {
    const array = arrays[name];
    lengths[index] = array.length;
    buffer.set(new Uint8Array(array.buffer as ArrayBuffer, array.byteOffset, array.byteLength), offset);
    offset += array.byteLength;
  });
  return buffer;
}

export function loadAutomaton(bytes: Uint8Array): Automaton {
  // Views need a 4-byte-aligned start: copy only when the bytes are not.
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const header = ARRAY_ORDER.length;
  if (data.byteLength < header * 4) throw new Error('The stored matcher is truncated: rebuild it from the library.');
  const lengths = new Int32Array(data.buffer, data.byteOffset, header);
  let offset = data.byteOffset + header * 4;
  const arrays = {} as Record<(typeof ARRAY_ORDER)[number], Int32Array | Uint16Array | Uint8Array>;
  ARRAY_ORDER.forEach((name, index) => {
    const length = lengths[index]!;
    const Kind = kindOfArray(name);
    if (offset + length * Kind.BYTES_PER_ELEMENT > data.byteOffset + data.byteLength) {
      throw new Error('The stored matcher is truncated: rebuild it from the library.');
    }
    arrays[name] = new Kind(data.buffer as ArrayBuffer, offset, length);
    offset += length * Kind.BYTES_PER_ELEMENT;
  });
  return new Automaton(arrays as unknown as AutomatonArrays);
}
