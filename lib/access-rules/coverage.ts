// Whether one rule pattern grants everything another one does, i.e. every path matched by
// `covered` is matched by `covering`. Both are globs where `*` matches any run of characters.
//
// The walk aligns `covered` against `covering`: a literal of `covering` must meet the same literal,
// and a `*` of `covering` may swallow any run of `covered`, its own `*`s included. For a literal
// `covered` this is exactly glob matching, so the answer is exact. With wildcards on both sides an
// alignment proves coverage (each `*` of `covered` expands inside some `*` of `covering`), but a few
// true coverages have no such alignment: the answer is then "no", which is the safe side for a
// linter that only claims an overlap when it is sure.

export function patternCovers(covering: string, covered: string): boolean {
  const memo = new Map<number, boolean>();
  const walk = (i: number, j: number): boolean => {
    if (i === covering.length) return j === covered.length;
    const key = i * (covered.length + 1) + j;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let result: boolean;
    if (covering[i] === "*") {
      result = walk(i + 1, j) || (j < covered.length && walk(i, j + 1));
    } else {
      result = j < covered.length && covered[j] !== "*" && covering[i] === covered[j] && walk(i + 1, j + 1);
    }
    memo.set(key, result);
    return result;
  };
  return walk(0, 0);
}

/** A pattern that matches every API path: `*`, `/*`, `/**`… */
export function isFullWildcard(pattern: string): boolean {
  return /^\/?\*+$/.test(pattern);
}
