/**
 * JSON that survives a round trip through PostgreSQL jsonb unchanged. JSON.stringify alone would
 * silently turn NaN into null, drop functions, call Date#toJSON, and produce text jsonb rejects
 * (\u0000, lone surrogates); here each of those is refused with the path where it was found.
 * Object properties whose value is undefined are omitted, as JSON.stringify does (optional fields).
 */
export class NotStrictJsonError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'NotStrictJsonError';
  }
}

const MAX_DEPTH = 200;
// Any NUL or surrogate at all: rare, so most text passes on this one scan.
const SUSPECT_TEXT = /[\u0000\ud800-\udfff]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Serializes `value` as JSON, or throws NotStrictJsonError naming where it is not plain JSON. */
export function toStrictJson(value: unknown, rootPath = '$'): string {
  new StrictJsonCheck(rootPath).value(value);
  return JSON.stringify(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Text PostgreSQL can store: no NUL character, well-formed UTF-16. */
export function isStorableText(text: string): boolean {
  return !SUSPECT_TEXT.test(text) || (!text.includes('\u0000') && !LONE_SURROGATE.test(text));
}

/**
 * One walk over the value. The path to where it is (keys and indexes from the root) is kept as
 * a stack and only spelled out when something is refused: most values pass.
 */
class StrictJsonCheck {
  private readonly keys: Array<string | number> = [];
  private readonly ancestors: object[] = [];

  constructor(private readonly rootPath: string) {}

  value(value: unknown): void {
    switch (typeof value) {
      case 'string':
        if (!isStorableText(value)) this.refuse('string contains \\u0000 or a lone surrogate');
        return;
      case 'number':
        if (!Number.isFinite(value)) this.refuse(`${value} is not a JSON number`);
        return;
      case 'boolean':
        return;
      case 'object':
        if (value === null) return;
        this.container(value);
        return;
      default:
        this.refuse(`${typeof value} is not JSON`);
    }
  }

  private container(value: object): void {
    const { ancestors, keys } = this;
    if (ancestors.length >= MAX_DEPTH) this.refuse(`nested deeper than ${MAX_DEPTH} levels`);
    if (ancestors.includes(value)) this.refuse('circular reference');
    ancestors.push(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        keys.push(i);
        // JSON.stringify would write undefined (and holes) in an array as null: a silent change.
        if (value[i] === undefined) this.refuse('undefined in an array');
        this.value(value[i]);
        keys.pop();
      }
    } else if (isPlainObject(value)) {
      for (const key of Object.keys(value)) {
        if (!isStorableText(key)) this.refuse('a key contains \\u0000 or a lone surrogate');
        const child = value[key];
        if (child === undefined) continue;
        keys.push(key);
        this.value(child);
        keys.pop();
      }
    } else {
      const kind = value.constructor?.name ?? 'object';
      this.refuse(`${kind} is not a plain object`);
    }
    ancestors.pop();
  }

  private refuse(problem: string): never {
    const path = this.keys.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
    throw new NotStrictJsonError(`${this.rootPath}${path}`, problem);
  }
}
