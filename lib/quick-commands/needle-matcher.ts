// Aho–Corasick over UTF-16 code units, ignoring ASCII case: one pass over a text finds every
// occurrence of every needle, in time linear in the text whatever the needles (a regular
// expression alternation of hundreds of needles re-tries each of them at every position). Pure.

const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

export type NeedleMatcher = {
  /** Covering ranges [start, end) of all occurrences in `text`, overlapping ones merged. */
  ranges(text: string): [number, number][];
  /** The length of the longest end of `text` that begins some needle (0 when none does). */
  overhang(text: string): number;
};

export function needleMatcher(needles: Iterable<string>): NeedleMatcher {
  const children: Map<number, number>[] = [new Map()];
  const depth = [0];
  const longest = [0]; // the longest needle ending at this node (itself or a suffix), or 0
  let maxLength = 0;
  for (const needle of needles) {
    let node = 0;
    for (let i = 0; i < needle.length; i++) {
      const c = fold(needle.charCodeAt(i));
      let next = children[node]!.get(c);
      if (next === undefined) {
        next = children.push(new Map()) - 1;
        depth.push(depth[node]! + 1);
        longest.push(0);
        children[node]!.set(c, next);
      }
      node = next;
    }
    longest[node] = needle.length;
    maxLength = Math.max(maxLength, needle.length);
  }
  const fail = new Int32Array(children.length);
  const queue = [...children[0]!.values()];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    if (!longest[node]) longest[node] = longest[fail[node]!]!;
    for (const [c, child] of children[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !children[f]!.has(c)) f = fail[f]!;
      const target = children[f]!.get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      queue.push(child);
    }
  }
  // Most steps through ordinary text end at the root: its ASCII edges in an array.
  const rootAscii = new Int32Array(128);
  for (const [c, child] of children[0]!) if (c < 128) rootAscii[c] = child;
  const step = (state: number, c: number) => {
    for (let s = state; s !== 0; s = fail[s]!) {
      const next = children[s]!.get(c);
      if (next !== undefined) return next;
    }
    return c < 128 ? rootAscii[c]! : (children[0]!.get(c) ?? 0);
  };
  return {
    ranges(text) {
      const out: [number, number][] = [];
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        state = step(state, fold(text.charCodeAt(i)));
        const length = longest[state]!;
        if (!length) continue;
        let start = i + 1 - length;
        while (out.length && out[out.length - 1]![1] > start) start = Math.min(start, out.pop()![0]);
        out.push([start, i + 1]);
      }
      return out;
    },
    overhang(text) {
      let state = 0;
      for (let i = Math.max(0, text.length - maxLength); i < text.length; i++) {
        state = step(state, fold(text.charCodeAt(i)));
      }
      return depth[state]!;
    },
  };
}
