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
 * - patternLength[p]: pattern p's length in units.
 * The root's transitions are also spread into a 65,536-entry table at load:
 * a text is mostly read at the root, so that step is one array read.
 */

import { DROP, foldTable, learnUnit, MANY, manyUnits, SEPARATOR, spacelessTable, UNKNOWN } from './normalise';

export interface AutomatonArrays {
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTarget: Int32Array;
  fail: Int32Array;
  outStart: Int32Array;
  outPattern: Int32Array;
  outLink: Int32Array;
  patternLength: Int32Array;
}

/** Called for each occurrence: pattern id and the folded offset just after it. */
export type HitSink = (pattern: number, end: number) => void;

export class Automaton {
  readonly arrays: AutomatonArrays;
  private readonly rootNext: Int32Array;
  /** Steps taken by the last scan (transitions plus failure hops): for tests of the cost. */
  steps = 0;

  constructor(arrays: AutomatonArrays) {
    this.arrays = arrays;
    this.rootNext = new Int32Array(65536);
    const { edgeStart, edgeChar, edgeTarget } = arrays;
    for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) this.rootNext[edgeChar[e]!] = edgeTarget[e]!;
  }

  get nodeCount(): number {
    return this.arrays.fail.length;
  }

  get patternCount(): number {
    return this.arrays.patternLength.length;
  }

  /** The state after reading `unit` in `state`. */
  next(state: number, unit: number): number {
    const { edgeStart, edgeChar, edgeTarget, fail } = this.arrays;
    for (;;) {
      this.steps++;
      if (state === 0) return this.rootNext[unit]!;
      let low = edgeStart[state]!;
      let high = edgeStart[state + 1]! - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const char = edgeChar[middle]!;
        if (char === unit) return edgeTarget[middle]!;
        if (char < unit) low = middle + 1;
        else high = middle - 1;
      }
      state = fail[state]!;
    }
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
    const { edgeStart, edgeChar, edgeTarget, fail } = this.arrays;
    const rootNext = this.rootNext;
    let state = rootNext[SEPARATOR]!;
    let lastWasSeparator = true;
    let lastSpaceless = 0;
    let pending = -1;
    for (let index = 0; index <= text.length; index++) {
      let unit: number;
      if (index === text.length) {
        if (lastWasSeparator) break;
        unit = SEPARATOR;
      } else {
        const code = text.charCodeAt(index);
        let folded = foldTable[code]!;
        if (folded === UNKNOWN) {
          learnUnit(code);
          folded = foldTable[code]!;
        }
        if (folded === DROP) continue;
        if (folded === SEPARATOR) {
          if (lastWasSeparator) continue;
          lastWasSeparator = true;
          unit = SEPARATOR;
        } else {
          const isSpaceless = spacelessTable[code]!;
          if (!lastWasSeparator && isSpaceless !== lastSpaceless) pending = SEPARATOR;
          lastSpaceless = isSpaceless;
          lastWasSeparator = false;
          if (folded === MANY) {
            // Rare ("ß"): fold its units one by one through the general step.
            const units = manyUnits.get(code)!;
            if (pending >= 0) {
              state = this.next(state, pending);
              if (accepting[state]) return true;
              pending = -1;
            }
            for (let u = 0; u < units.length; u++) {
              state = this.next(state, units[u]!);
              if (accepting[state]) return true;
            }
            continue;
          }
          unit = folded;
        }
      }
      for (let round = pending >= 0 ? 2 : 1; round > 0; round--) {
        const input = round === 2 ? pending : unit;
        for (;;) {
          if (state === 0) {
            state = rootNext[input]!;
            break;
          }
          let low = edgeStart[state]!;
          let high = edgeStart[state + 1]! - 1;
          let target = -1;
          while (low <= high) {
            const middle = (low + high) >> 1;
            const char = edgeChar[middle]!;
            if (char === input) {
              target = edgeTarget[middle]!;
              break;
            }
            if (char < input) low = middle + 1;
            else high = middle - 1;
          }
          if (target >= 0) {
            state = target;
            break;
          }
          state = fail[state]!;
        }
        if (accepting[state]) return true;
      }
      pending = -1;
    }
    return false;
  }

  /** Every occurrence of every pattern in `units[0 .. length)`. */
  scan(units: Uint16Array, length: number, sink: HitSink): void {
    this.steps = 0;
    let state = 0;
    for (let i = 0; i < length; i++) {
      state = this.next(state, units[i]!);
      if (state !== 0 && this.hasOutput(state)) this.report(state, i + 1, sink);
    }
  }
}

interface BuildNode {
  children: Map<number, number>;
  outputs: number[];
}

/** Builds the automaton of `patterns` (folded units; empty patterns are never reported). */
export function buildAutomaton(patterns: readonly (Uint16Array | string)[]): Automaton {
  // The trie, with nodes numbered as created.
  const nodes: BuildNode[] = [{ children: new Map(), outputs: [] }];
  const patternLength = new Int32Array(patterns.length);
  patterns.forEach((pattern, id) => {
    const length = pattern.length;
    patternLength[id] = length;
    if (length === 0) return;
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
  });

  // Renumber in BFS order (children sorted) so that each node's edges are contiguous.
  const order: number[] = [0];
  const bfsId = new Int32Array(nodes.length);
  for (let head = 0; head < order.length; head++) {
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
  const automaton = new Automaton({ edgeStart, edgeChar, edgeTarget, fail, outStart, outPattern, outLink, patternLength });
  for (let id = 0; id < count; id++) {
    for (let e = edgeStart[id]!; e < edgeStart[id + 1]!; e++) {
      const child = edgeTarget[e]!;
      const target = id === 0 ? 0 : automaton.next(fail[id]!, edgeChar[e]!);
      fail[child] = target;
      outLink[child] = outStart[target]! < outStart[target + 1]! ? target : outLink[target]!;
    }
  }
  return automaton;
}

const ARRAY_ORDER = ['edgeStart', 'edgeTarget', 'fail', 'outStart', 'outPattern', 'outLink', 'patternLength', 'edgeChar'] as const;

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
  const arrays = {} as Record<(typeof ARRAY_ORDER)[number], Int32Array | Uint16Array>;
  ARRAY_ORDER.forEach((name, index) => {
    const length = lengths[index]!;
    const Kind = name === 'edgeChar' ? Uint16Array : Int32Array;
    if (offset + length * Kind.BYTES_PER_ELEMENT > data.byteOffset + data.byteLength) {
      throw new Error('The stored matcher is truncated: rebuild it from the library.');
    }
    arrays[name] = new Kind(data.buffer as ArrayBuffer, offset, length);
    offset += length * Kind.BYTES_PER_ELEMENT;
  });
  return new Automaton(arrays as unknown as AutomatonArrays);
}
