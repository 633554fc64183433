// The embedded store's adjacency: nodes and edges as numbered slots in typed arrays, each node with one array of
// incident edge slots. A graph of 2M edges fits in tens of megabytes here, where object-per-edge graph libraries
// need gigabytes; the traversals in ./traversal.ts work on slot numbers.
import { indexOfSorted } from '../../util/sortedSearch';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../ontology';

const NONE = -1;

export interface PackedGraph {
  nodeIds: string[];
  nodeTypes: Uint8Array;
  edgeKeys: string[];
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
  private nodeTypes = new Uint8Array(1024);
  private adjacency: (number[] | null)[] = [];
  private freeNodes: number[] = [];

  private edgeKeys: (string | null)[] = [];
  private readonly edgeSlot = new Map<string, number>();
  private src = new Int32Array(1024);
  private dst = new Int32Array(1024);
  private types = new Uint8Array(1024);
  private weights = new Float64Array(1024);
  private freeEdges: number[] = [];
  /**
   * After unpack: the number of edges, whose keys are sorted and looked up by binary search; the key → slot Map
   * (2M entries cost a second to build) is made on the first change. -1 once the Map exists.
   */
  private sortedEdges = -1;

  get order(): number {
    return this.nodeSlot.size;
  }
  get size(): number {
    return this.sortedEdges >= 0 ? this.sortedEdges : this.edgeSlot.size;
  }

  private keyMap(): Map<string, number> {
    if (this.sortedEdges >= 0) {
      for (let e = 0; e < this.sortedEdges; e++) this.edgeSlot.set(this.edgeKeys[e]!, e);
      this.sortedEdges = -1;
    }
    return this.edgeSlot;
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
      this.nodeIds[slot] = id;
      this.adjacency[slot] = [];
      this.nodeSlot.set(id, slot);
    }
    this.nodeTypes[slot] = ENTITY_TYPES.indexOf(type);
    return slot;
  }

  /** Drops the node and every edge still touching it. */
  dropNode(id: string): void {
    const slot = this.nodeSlot.get(id);
    if (slot === undefined) return;
    for (const e of [...(this.adjacency[slot] ?? [])]) this.dropEdge(this.edgeKeys[e]!);
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
    this.adjacency[s]!.push(slot);
    if (t !== s) this.adjacency[t]!.push(slot);
    return slot;
  }

  dropEdge(key: string): void {
    const slot = this.keyMap().get(key);
    if (slot === undefined) return;
    for (const n of [this.src[slot], this.dst[slot]]) {
      const list = this.adjacency[n];
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
    return this.sortedEdges >= 0 ? indexOfSorted(this.edgeKeys as string[], key, this.sortedEdges) : (this.edgeSlot.get(key) ?? NONE);
  }
  hasEdge(key: string): boolean {
    return this.edgeSlotOf(key) !== NONE;
  }
  edgeKey(slot: number): string {
    return this.edgeKeys[slot]!;
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
  incident(node: number): readonly number[] {
    return this.adjacency[node] ?? [];
  }
  degree(node: number): number {
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
    edgeSlots.sort((a, b) => (this.edgeKeys[a]! < this.edgeKeys[b]! ? -1 : 1));
    return {
      nodeIds: nodeSlots.map((n) => this.nodeIds[n]),
      nodeTypes: Uint8Array.from(nodeSlots, (n) => this.nodeTypes[n]),
      edgeKeys: edgeSlots.map((e) => this.edgeKeys[e]!),
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
    g.nodeTypes = new Uint8Array(Math.max(n, 1024));
    g.nodeTypes.set(p.nodeTypes);
    // Degrees first, so every adjacency array is allocated once at its final size.
    const degree = new Int32Array(n);
    for (let e = 0; e < m; e++) {
      degree[p.src[e]]++;
      if (p.dst[e] !== p.src[e]) degree[p.dst[e]]++;
    }
    const fill = new Int32Array(n);
    const adjacency: number[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      adjacency[i] = new Array<number>(degree[i]);
      g.nodeSlot.set(p.nodeIds[i], i);
    }
    for (let e = 0; e < m; e++) {
      const s = p.src[e];
      const t = p.dst[e];
      adjacency[s][fill[s]++] = e;
      if (t !== s) adjacency[t][fill[t]++] = e;
    }
    g.sortedEdges = m;
    g.adjacency = adjacency;
    g.edgeKeys = p.edgeKeys;
    const cap = Math.max(m, 1024);
    g.src = new Int32Array(cap);
    g.src.set(p.src);
    g.dst = new Int32Array(cap);
    g.dst.set(p.dst);
    g.types = new Uint8Array(cap);
    g.types.set(p.types);
    g.weights = new Float64Array(cap);
    g.weights.set(p.weights);
    return g;
  }

  forEachNode(fn: (slot: number) => void): void {
    for (const slot of this.nodeSlot.values()) fn(slot);
  }
  forEachEdge(fn: (slot: number) => void): void {
    if (this.sortedEdges >= 0) for (let e = 0; e < this.sortedEdges; e++) fn(e);
    else for (const slot of this.edgeSlot.values()) fn(slot);
  }
}
