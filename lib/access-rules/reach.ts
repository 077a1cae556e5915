import { pathPatternToRegExp } from "./match";

// Whether a rule's path pattern can match some path that starts with a given prefix: the question
// behind "this rule reaches /me/api" (account control) or "/me/bill" (billing). A glob with only `*`
// can be decided by walking pattern and prefix together; once the prefix is used up, whatever is
// left of the pattern can always match some continuation.

export function patternReachesPrefix(pattern: string, prefix: string): boolean {
  const memo = new Map<number, boolean>();
  const walk = (i: number, j: number): boolean => {
    if (j === prefix.length) return true;
    if (i === pattern.length) return false;
    const key = i * (prefix.length + 1) + j;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const result =
      pattern[i] === "*" ? walk(i + 1, j) || walk(i, j + 1) : pattern[i] === prefix[j] && walk(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return walk(0, 0);
}

/** Whether the pattern can match `path` itself or anything below it (`path/...`). */
export function patternReachesPath(pattern: string, path: string): boolean {
  const trimmed = path.replace(/\/+$/, "");
  return patternReachesPrefix(pattern, `${trimmed}/`) || pathPatternToRegExp(pattern).test(trimmed);
}
