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
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Serializes `value` as JSON, or throws NotStrictJsonError naming where it is not plain JSON. */
export function toStrictJson(value: unknown, rootPath = '$'): string {
  checkValue(value, rootPath, [], 0);
  return JSON.stringify(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Text PostgreSQL can store: no NUL character, well-formed UTF-16. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

function checkValue(value: unknown, path: string, ancestors: object[], depth: number): void {
  switch (typeof value) {
    case 'string':
      if (!isStorableText(value)) throw new NotStrictJsonError(path, 'string contains \\u0000 or a lone surrogate');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new NotStrictJsonError(path, `${value} is not a JSON number`);
      return;
    case 'boolean':
      return;
    case 'object':
      if (value === null) return;
      checkContainer(value, path, ancestors, depth);
      return;
    default:
      throw new NotStrictJsonError(path, `${typeof value} is not JSON`);
  }
}

function checkContainer(value: object, path: string, ancestors: object[], depth: number): void {
  if (depth >= MAX_DEPTH) throw new NotStrictJsonError(path, `nested deeper than ${MAX_DEPTH} levels`);
  if (ancestors.includes(value)) throw new NotStrictJsonError(path, 'circular reference');
  ancestors.push(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      // JSON.stringify would write undefined (and holes) in an array as null: a silent change.
      if (value[i] === undefined) throw new NotStrictJsonError(`${path}[${i}]`, 'undefined in an array');
      checkValue(value[i], `${path}[${i}]`, ancestors, depth + 1);
    }
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      if (!isStorableText(key)) throw new NotStrictJsonError(path, 'a key contains \\u0000 or a lone surrogate');
      const child = value[key];
      if (child !== undefined) checkValue(child, `${path}.${key}`, ancestors, depth + 1);
    }
  } else {
    const kind = value.constructor?.name ?? 'object';
    throw new NotStrictJsonError(path, `${kind} is not a plain object`);
  }
  ancestors.pop();
}
