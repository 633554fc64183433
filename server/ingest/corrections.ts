// Print errors in names (大钢 for 太钢, 清除 for 清徐): a name one character away from a known entity, the two
// characters alike in shape or sound, is that entity. The corrected form becomes an alias, marked as a correction
// with the sentence it was read in; the text itself is never changed.
import fs from 'node:fs';
import { pinyin } from 'pinyin-pro';
import type { EntityType } from '../ontology';
import { projectPath } from '../util/projectRoot';

let confusable: Set<string> | null = null;

function confusablePairs(): Set<string> {
  if (confusable) return confusable;
  const raw = JSON.parse(fs.readFileSync(projectPath('server', 'data', 'confusables.json'), 'utf8')) as {
    pairs: string[];
  };
  confusable = new Set(raw.pairs.flatMap((p) => [p, [...p].reverse().join('')]));
  return confusable;
}

const toneless = (ch: string) => (pinyin(ch, { toneType: 'none', type: 'array' }) as string[])[0] ?? '';

/**
 * Alike in shape (a listed pair), or, when `sound` is allowed, in sound (the same syllable, as an input method would
 * offer it). Sound alone is too weak against the whole country's names (青禾县 is not 青河县).
 */
export function alike(a: string, b: string, sound = false): boolean {
  if (a === b) return false;
  return confusablePairs().has(a + b) || (sound && /[\u4e00-\u9fff]/.test(a) && toneless(a) === toneless(b));
}

export interface KnownName {
  name: string;
  type: EntityType;
}

/** Known names by their form with one character blanked: 太钢 → *钢, 太*. */
export class CorrectionIndex {
  private readonly byPattern = new Map<string, KnownName[]>();

  /** `sound`: homophones count too (for the names of one document, not for reference data). */
  constructor(
    names: Iterable<KnownName>,
    private readonly sound = false,
  ) {
    for (const n of names) {
      if (n.name.length < 2 || n.name.length > 8) continue;
      for (let i = 0; i < n.name.length; i++) {
        const key = `${n.name.slice(0, i)}*${n.name.slice(i + 1)}`;
        const list = this.byPattern.get(key) ?? [];
        if (!list.some((x) => x.name === n.name)) list.push(n);
        this.byPattern.set(key, list);
      }
    }
  }

  /** The one known name of the same type this name is a misprint of, if there is exactly one. */
  correct(name: string, type: EntityType): string | undefined {
    if (name.length < 2 || name.length > 8) return undefined;
    const found = new Set<string>();
    for (let i = 0; i < name.length; i++) {
      for (const n of this.byPattern.get(`${name.slice(0, i)}*${name.slice(i + 1)}`) ?? []) {
        if (n.type === type && n.name !== name && alike(name[i], n.name[i], this.sound)) found.add(n.name);
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  }
}
