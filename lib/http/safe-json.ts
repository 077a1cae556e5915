// JSON.parse, minus the keys that pollute prototypes when an object is later merged or spread.
// Schemas would not notice them: zod skips `__proto__` when it checks for unknown keys.

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export class ForbiddenKeyError extends SyntaxError {
  constructor(key: string) {
    super(`The request body has a forbidden key (${key}).`);
    this.name = "ForbiddenKeyError";
  }
}

export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value) => {
    if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
    return value;
  });
}
