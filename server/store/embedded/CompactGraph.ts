// The embedded store's adjacency: nodes and edges as numbered slots in typed arrays, each node with its incident
// edge slots (packed rows after an image start, one array per node once the graph changes). A graph of 2M edges fits in tens of megabytes here, where object-per-edge graph libraries
// need gigabytes; the traversals in ./traversal.ts work on slot numbers.
import { StringTable, compareCodePoints } from '../../util/stringTable';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../ontology';

const NONE = -1;

export interface PackedGraph {
  nodeIds: string[];
  nodeTypes: Uint8Array;
  /** Sorted in code point order. */
  edgeKeys: StringTable;
  src: Int32Array;
  dst: Int32Array;
  types: Uint8Array;
  weights: Float64Array;
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2, 1024));
  b.set(a);
  return b;
}

export class CompactGraph {
  private nodeIds: string[] = [];
  private readonly nodeSlot = new Map<string, number>();
  private nodeTypes: Uint8Array = new Uint8Array(1024);
  private adjacency: (number[] | null)[] = [];
  /** After unpack: the incident edges of node i are items[offsets[i] .. offsets[i + 1]); lists are made on the first change. */
  private csr: { offsets: Int32Array; items: Int32Array } | null = null;
  private freeNodes: number[] = [];

  private edgeKeys: (string | null)[] = [];
  private readonly edgeSlot = new Map<string, number>();
  private src: Int32Array = new Int32Array(1024);
  private dst: Int32Array = new Int32Array(1024);
  private types: Uint8Array = new Uint8Array(1024);
  private weights: Float64Array = new Float64Array(1024);
  private freeEdges: number[] = [];
  /**
   * After unpack: the edge keys, sorted (edge i has key i) and looked up by binary search; the key → slot Map
   * (2M entries cost a second to build) is made on the first change, and this is null from then on.
   */
  private baseKeys: StringTable | null = null;

  get order(): number {
    return this.nodeSlot.size;
  }
  get size(): number {
    return this.baseKeys ? this.baseKeys.length : this.edgeSlot.size;
  }

  private keyMap(): Map<string, number> {
    if (this.baseKeys) {
      this.edgeKeys = this.baseKeys.all();
      this.baseKeys = null;
      this.edgeKeys.forEach((key, e) => this.edgeSlot.set(key!, e));
    }
    return this.edgeSlot;
  }

  /** The changeable adjacency lists, made from the packed rows on the first change. */
  private lists(): (number[] | null)[] {
    const csr = this.csr;
    if (csr) {
      this.csr = null;
      for (let n = 0; n < this.nodeIds.length; n++)
        this.adjacency[n] = Array.from(csr.items.subarray(csr.offsets[n], csr.offsets[n + 1]));
    }
    return this.adjacency;
  }

  /** One past the highest slot in use: arrays indexed by node slot need this length. */
  get nodeCapacity(): number {
    return this.nodeIds.length;
  }

  node(id: string): number {
    return this.nodeSlot.get(id) ?? NONE;
  }
  hasNode(id: string): boolean {
    return this.nodeSlot.has(id);
  }
  nodeId(slot: number): string {
    return this.nodeIds[slot];
  }
  nodeType(slot: number): EntityType {
    return ENTITY_TYPES[this.nodeTypes[slot]];
  }

  setNode(id: string, type: EntityType): number {
    let slot = this.nodeSlot.get(id);
    if (slot === undefined) {
      slot = this.freeNodes.pop() ?? this.nodeIds.length;
      this.nodeTypes = grow(this.nodeTypes, slot + 1, (n) => new Uint8Array(n));
      this.lists()[slot] = [];
      this.nodeIds[slot] = id;
      this.nodeSlot.set(id, slot);
    }
    this.nodeTypes[slot] = ENTITY_TYPES.indexOf(type);
    return slot;
  }

  /** Drops the node and every edge still touching it. */
  dropNode(id: string): void {
    const slot = this.nodeSlot.get(id);
    if (slot === undefined) return;
    for (const e of [...(this.lists()[slot] ?? [])]) this.dropEdge(this.edgeKey(e));
    this.nodeSlot.delete(id);
    this.adjacency[slot] = null;
    this.nodeIds[slot] = '';
    this.freeNodes.push(slot);
  }

  /** Both ends must exist. */
  setEdge(key: string, source: string, target: string, type: RelationType, weight: number): number {
    const existing = this.keyMap().get(key);
    if (existing !== undefined) {
      this.weights[existing] = weight;
      return existing;
    }
    const s = this.nodeSlot.get(source);
    const t = this.nodeSlot.get(target);
    if (s === undefined || t === undefined) throw new Error(`edge ${key} needs both ends (${source}, ${target})`);
    const slot = this.freeEdges.pop() ?? this.edgeKeys.length;
    const need = slot + 1;
    this.src = grow(this.src, need, (n) => new Int32Array(n));
    this.dst = grow(this.dst, need, (n) => new Int32Array(n));
    this.types = grow(this.types, need, (n) => new Uint8Array(n));
    this.weights = grow(this.weights, need, (n) => new Float64Array(n));
    this.edgeKeys[slot] = key;
    this.src[slot] = s;
    this.dst[slot] = t;
    this.types[slot] = RELATION_TYPES.indexOf(type);
    this.weights[slot] = weight;
    this.edgeSlot.set(key, slot);
    const lists = this.lists();
    lists[s]!.push(slot);
    if (t !== s) lists[t]!.push(slot);
    return slot;
  }

  dropEdge(key: string): void {
    const slot = this.keyMap().get(key);
    if (slot === undefined) return;
    for (const n of [this.src[slot], this.dst[slot]]) {
      const list = this.lists()[n];
      if (!list) continue;
      const i = list.indexOf(slot);
      if (i >= 0) {
        list[i] = list[list.length - 1];
        list.pop();
      }
    }
    this.edgeSlot.delete(key);
    this.edgeKeys[slot] = null;
    this.freeEdges.push(slot);
  }

  edgeSlotOf(key: string): number {
    return this.baseKeys ? this.baseKeys.indexOf(key) : (this.edgeSlot.get(key) ?? NONE);
  }
  hasEdge(key: string): boolean {
    return this.edgeSlotOf(key) !== NONE;
  }
  edgeKey(slot: number): string {
    return this.baseKeys ? this.baseKeys.get(slot) : this.edgeKeys[slot]!;
  }
  edgeSource(slot: number): number {
    return this.src[slot];
  }
  edgeTarget(slot: number): number {
    return this.dst[slot];
  }
  edgeType(slot: number): RelationType {
    return RELATION_TYPES[this.types[slot]];
  }
  edgeWeight(slot: number): number {
    return this.weights[slot];
  }
  /** The other end of an edge seen from `node`. */
  opposite(slot: number, node: number): number {
    return this.src[slot] === node ? this.dst[slot] : this.src[slot];
  }

  /** Edge slots touching the node, in both directions. Do not modify. */
  incident(node: number): ArrayLike<number> & Iterable<number> {
    if (this.csr)
      return node >= 0 && node < this.nodeIds.length
        ? this.csr.items.subarray(this.csr.offsets[node], this.csr.offsets[node + 1])
        : [];
    return this.adjacency[node] ?? [];
  }
  degree(node: number): number {
    if (this.csr)
      return node >= 0 && node < this.nodeIds.length ? this.csr.offsets[node + 1] - this.csr.offsets[node] : 0;
    return this.adjacency[node]?.length ?? 0;
  }

  /** Nodes and edges packed densely (no free slots), in slot order: what an image of the graph stores. */
  pack(): PackedGraph {
    const nodeSlots: number[] = [];
    this.forEachNode((n) => nodeSlots.push(n));
    nodeSlots.sort((a, b) => a - b);
    const dense = new Int32Array(this.nodeIds.length).fill(NONE);
    nodeSlots.forEach((slot, i) => (dense[slot] = i));
    const edgeSlots: number[] = [];
    this.forEachEdge((e) => edgeSlots.push(e));
    // By key, so that the unpacked graph finds an edge by binary search without building a Map.
    const keys = this.baseKeys ? this.baseKeys.all() : this.edgeKeys;
    edgeSlots.sort((a, b) => compareCodePoints(keys[a]!, keys[b]!));
    return {
      nodeIds: nodeSlots.map((n) => this.nodeIds[n]),
      nodeTypes: Uint8Array.from(nodeSlots, (n) => this.nodeTypes[n]),
      edgeKeys: StringTable.of(edgeSlots.map((e) => keys[e]!)),
      src: Int32Array.from(edgeSlots, (e) => dense[this.src[e]]),
      dst: Int32Array.from(edgeSlots, (e) => dense[this.dst[e]]),
      types: Uint8Array.from(edgeSlots, (e) => this.types[e]),
      weights: Float64Array.from(edgeSlots, (e) => this.weights[e]),
    };
  }

  /** A graph whose node i and edge j are the packed ones (slots equal to their positions); edge keys must be sorted. */
  static unpack(p: PackedGraph): CompactGraph {
    const g = new CompactGraph();
    const n = p.nodeIds.length;
    const m = p.edgeKeys.length;
    g.nodeIds = p.nodeIds;
    // The packed arrays are used as they are (views of the image file when read from one); the first addition
    // past their length copies them into larger ones.
    g.nodeTypes = p.nodeTypes;
    for (let i = 0; i < n; i++) g.nodeSlot.set(p.nodeIds[i], i);
    // Incident edges as packed rows: degrees, then running offsets, then one pass placing each edge.
    const offsets = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      offsets[p.src[e] + 1]++;
      if (p.dst[e] !== p.src[e]) offsets[p.dst[e] + 1]++;
    }
    for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
    const fill = offsets.slice(0, n);
    const items = new Int32Array(offsets[n]);
    for (let e = 0; e < m; e++) {
      const s = p.src[e];
      const t = p.dst[e];
      items[fill[s]++] = e;
      if (t !== s) items[fill[t]++] = e;
    }
    g.csr = { offsets, items };
    g.adjacency = new Array<number[] | null>(n).fill(null);
    g.baseKeys = p.edgeKeys;
    g.src = p.src;
    g.dst = p.dst;
    g.types = p.types;
    g.weights = p.weights;
    return g;
  }

  /** Copies arrays that are views of a larger buffer (an image file), so that buffer can be freed. */
  detach(): void {
    const own = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T =>
      a.byteLength === a.buffer.byteLength ? a : (a.slice() as T);
    this.nodeTypes = own(this.nodeTypes);
    this.src = own(this.src);
    this.dst = own(this.dst);
    this.types = own(this.types);
    this.weights = own(this.weights);
  }

  forEachNode(fn: (slot: number) => void): void {
    for (const slot of this.nodeSlot.values()) fn(slot);
  }
  forEachEdge(fn: (slot: number) => void): void {
    if (this.baseKeys) for (let e = 0; e < this.baseKeys.length; e++) fn(e);
    else for (const slot of this.edgeSlot.values()) fn(slot);
  }
}
