// An image of the merged graph, written beside each snapshot so that a restart does not rebuild it: the adjacency
// and every per-node and per-edge number as typed arrays in one binary file, entities and search entries as JSON,
// and where each document's batch sits in the snapshot (batches are read from there only when needed).
// The image is a cache: when it is missing, stale or damaged the store loads the snapshot and journal instead.
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentSummary } from '../../model';
import type { PackedIndex } from '../../search/index';
import { fsyncDir } from '../../util/atomicFile';
import { StringTable } from '../../util/stringTable';
import type { PackedGraph } from './CompactGraph';

const FORMAT = 'policy-graph-image/7';
export const IMAGE_DIR = 'graph.image';

export interface DocumentLine {
  summary: DocumentSummary;
  /** Byte range of the document's batch in the snapshot file. */
  offset: number;
  length: number;
}

/** Compressed sparse rows: the items of row i are items[offsets[i] .. offsets[i + 1]). */
export interface Rows {
  offsets: Int32Array;
  items: Int32Array;
  counts?: Int32Array;
}

/** Row i holds edge i's contributions: byte ranges starts[k], lengths[k] for k in offsets[i] .. offsets[i + 1]. */
export interface RelationRanges {
  offsets: Int32Array;
  starts: Float64Array;
  lengths: Int32Array;
}

export interface SearchFacts {
  mentions: Int32Array;
  nameLength: Int32Array;
}

export interface GraphImage {
  seq: number;
  snapshotBytes: number;
  documents: DocumentLine[];
  /** Each entity as JSON, in the packed node order (parsed when first read). */
  entities: StringTable;
  /** Entity numbers are positions in `entities`. */
  searchIndex: PackedIndex;
  graph: PackedGraph;
  pagerank: Float64Array;
  /** Per entity (node order): what search ranks every hit by, without parsing the entity. */
  searchFacts: SearchFacts;
  /** Per entity: the documents (positions in `documents`) that mention it, with mention counts. */
  entityDocuments: Rows;
  /** Per edge: where each document's contribution to it lies in the snapshot. */
  relationRanges: RelationRanges;
  /** Merged attributes of the relations that have any. */
  relationAttributes: Record<string, Record<string, string>>;
}

export type ArrayName =
  | 'nodeTypes'
  | 'src'
  | 'dst'
  | 'types'
  | 'weights'
  | 'pagerank'
  | 'mentions'
  | 'nameLengths'
  | 'entityOffsets'
  | 'entityItems'
  | 'entityCounts'
  | 'relationOffsets'
  | 'relationStarts'
  | 'relationLengths'
  | 'indexStart'
  | 'indexEntity'
  | 'indexKind'
  | 'indexBonus'
  | 'nodeIdEnds'
  | 'edgeKeyEnds'
  | 'tokenEnds'
  | 'entityEnds';
export type Typed = Int32Array | Uint8Array | Float64Array;

interface Meta {
  format: typeof FORMAT;
  seq: number;
  snapshotBytes: number;
  documents: DocumentLine[];
  relationAttributes: Record<string, Record<string, string>>;
  arrays: ArrayTable;
}

/** Where each array lies in arrays.bin (offset in bytes, length in elements) and its element type. */
export type ArrayTable = Record<ArrayName, { offset: number; length: number; kind: 'i32' | 'u8' | 'f64' }>;

/** The string tables, each stored as a file of its bytes plus its end offsets in arrays.bin. */
const TABLES = {
  nodeIds: ['node-ids.txt', 'nodeIdEnds'],
  edgeKeys: ['edge-keys.txt', 'edgeKeyEnds'],
  tokens: ['index-tokens.txt', 'tokenEnds'],
  entities: ['entities.jsonl', 'entityEnds'],
} as const;
type TableName = keyof typeof TABLES;

function tablesOf(img: GraphImage): Record<TableName, { bytes: Buffer; ends: Int32Array }> {
  return {
    nodeIds: StringTable.of(img.graph.nodeIds).encode(),
    edgeKeys: img.graph.edgeKeys.encode(),
    tokens: img.searchIndex.tokens.encode(),
    entities: img.entities.encode(),
  };
}

function arraysOf(img: GraphImage, tables: Record<TableName, { ends: Int32Array }>): Record<ArrayName, Typed> {
  return {
    nodeIdEnds: tables.nodeIds.ends,
    edgeKeyEnds: tables.edgeKeys.ends,
    tokenEnds: tables.tokens.ends,
    entityEnds: tables.entities.ends,
    nodeTypes: img.graph.nodeTypes,
    src: img.graph.src,
    dst: img.graph.dst,
    types: img.graph.types,
    weights: img.graph.weights,
    pagerank: img.pagerank,
    mentions: img.searchFacts.mentions,
    nameLengths: img.searchFacts.nameLength,
    entityOffsets: img.entityDocuments.offsets,
    entityItems: img.entityDocuments.items,
    entityCounts: img.entityDocuments.counts ?? new Int32Array(0),
    relationOffsets: img.relationRanges.offsets,
    relationStarts: img.relationRanges.starts,
    relationLengths: img.relationRanges.lengths,
    indexStart: img.searchIndex.start,
    indexEntity: img.searchIndex.entity,
    indexKind: img.searchIndex.kind,
    indexBonus: img.searchIndex.bonus,
  };
}

function writeSynced(file: string, data: string | Buffer): void {
  const fd = fs.openSync(file, 'w');
  try {
    if (typeof data === 'string') fs.writeSync(fd, data);
    else fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes the image into a temporary folder and renames it into place. */
export function writeImage(dataDir: string, img: GraphImage): void {
  const tmp = path.join(dataDir, `.${IMAGE_DIR}.${process.pid}.${Date.now()}.tmp`);
  fs.mkdirSync(tmp, { recursive: true });
  const tables = tablesOf(img);
  const arrays = arraysOf(img, tables);
  const table = {} as Meta['arrays'];
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [name, a] of Object.entries(arrays) as [ArrayName, Typed][]) {
    const kind = a instanceof Float64Array ? 'f64' : a instanceof Uint8Array ? 'u8' : 'i32';
    table[name] = { offset, length: a.length, kind };
    const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    // Every array starts on an 8-byte boundary so it can be viewed in place when read back.
    const padded = Math.ceil(bytes.length / 8) * 8;
    parts.push(bytes, Buffer.alloc(padded - bytes.length));
    offset += padded;
  }
  const meta: Meta = {
    format: FORMAT,
    seq: img.seq,
    snapshotBytes: img.snapshotBytes,
    documents: img.documents,
    relationAttributes: img.relationAttributes,
    arrays: table,
  };
  writeSynced(path.join(tmp, 'arrays.bin'), Buffer.concat(parts));
  for (const [name, [file]] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][])
    writeSynced(path.join(tmp, file), tables[name].bytes);
  // Meta last: an image folder without it is never read.
  writeSynced(path.join(tmp, 'meta.json'), JSON.stringify(meta));
  const target = path.join(dataDir, IMAGE_DIR);
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(tmp, target);
  fsyncDir(dataDir);
}

export function removeImage(dataDir: string): void {
  fs.rmSync(path.join(dataDir, IMAGE_DIR), { recursive: true, force: true });
}

/** The image, if it exists and was written for this snapshot (same sequence number and size); null otherwise. */
export function readImage(dataDir: string, expect: { seq: number; snapshotBytes: number }): GraphImage | null {
  const dir = path.join(dataDir, IMAGE_DIR);
  const meta = readMeta(dir);
  if (!meta || meta.format !== FORMAT || meta.seq !== expect.seq || meta.snapshotBytes !== expect.snapshotBytes)
    return null;
  try {
    const view = arrayViewer(fs.readFileSync(path.join(dir, 'arrays.bin')), meta.arrays);
    const table = (name: TableName): StringTable =>
      StringTable.fromBytes(fs.readFileSync(path.join(dir, TABLES[name][0])), view(TABLES[name][1]) as Int32Array);
    const entities = table('entities');
    const searchIndex: PackedIndex = {
      tokens: table('tokens'),
      start: view('indexStart') as Int32Array,
      entity: view('indexEntity') as Int32Array,
      kind: view('indexKind') as Uint8Array,
      bonus: view('indexBonus') as Float64Array,
    };
    const graph: PackedGraph = {
      nodeIds: table('nodeIds').all(),
      nodeTypes: view('nodeTypes') as Uint8Array,
      edgeKeys: table('edgeKeys'),
      src: view('src') as Int32Array,
      dst: view('dst') as Int32Array,
      types: view('types') as Uint8Array,
      weights: view('weights') as Float64Array,
    };
    if (!consistent(meta.arrays, entities.length, searchIndex, graph)) return null;
    // Edges and tokens are stored sorted: they are found by binary search.
    if (!graph.edgeKeys.isSorted() || !searchIndex.tokens.isSorted()) return null;
    return { ...imageFacts(meta, view), entities, searchIndex, graph };
  } catch {
    return null;
  }
}

function readMeta(dir: string): Meta | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as Meta;
  } catch {
    return null;
  }
}

type ArrayViewer = (name: ArrayName) => Typed;

/**
 * Reads the named arrays out of arrays.bin as laid out in `arrays`: a view when aligned (the usual case for a file
 * read whole), a copy otherwise. Throws when an array runs past the end of the file.
 */
export function arrayViewer(bin: Buffer<ArrayBuffer>, arrays: ArrayTable): ArrayViewer {
  return (name) => {
    const { offset, length, kind } = arrays[name];
    const at = bin.byteOffset + offset;
    const make = kind === 'f64' ? Float64Array : kind === 'u8' ? Uint8Array : Int32Array;
    const size = kind === 'f64' ? 8 : kind === 'u8' ? 1 : 4;
    if (offset + length * size > bin.length) throw new Error(`array ${name} runs past the end of the file`);
    return at % size === 0 ? new make(bin.buffer, at, length) : new make(bin.buffer.slice(at, at + length * size));
  };
}

/** Whether the arrays agree in length with the n entities and m edges they describe. */
function consistent(arrays: ArrayTable, n: number, searchIndex: PackedIndex, graph: PackedGraph): boolean {
  const { tokens } = searchIndex;
  const m = graph.edgeKeys.length;
  const postings = searchIndex.entity.length;
  return (
    searchIndex.start.length === tokens.length + 1 &&
    searchIndex.start[tokens.length] === postings &&
    searchIndex.kind.length === postings &&
    searchIndex.entity.every((e) => e >= 0 && e < n) &&
    graph.nodeIds.length === n &&
    searchIndex.bonus.length === n &&
    arrays.mentions.length === n &&
    arrays.nameLengths.length === n &&
    graph.nodeTypes.length === n &&
    graph.src.length === m &&
    graph.dst.length === m &&
    graph.types.length === m &&
    graph.weights.length === m
  );
}

/** The image's parts besides the entities, search index and graph. */
function imageFacts(meta: Meta, view: ArrayViewer): Omit<GraphImage, 'entities' | 'searchIndex' | 'graph'> {
  return {
    seq: meta.seq,
    snapshotBytes: meta.snapshotBytes,
    documents: meta.documents,
    pagerank: view('pagerank') as Float64Array,
    searchFacts: { mentions: view('mentions') as Int32Array, nameLength: view('nameLengths') as Int32Array },
    entityDocuments: {
      offsets: view('entityOffsets') as Int32Array,
      items: view('entityItems') as Int32Array,
      counts: view('entityCounts') as Int32Array,
    },
    relationRanges: {
      offsets: view('relationOffsets') as Int32Array,
      starts: view('relationStarts') as Float64Array,
      lengths: view('relationLengths') as Int32Array,
    },
    relationAttributes: meta.relationAttributes,
  };
}
