/**
 * Where an entry of a JSON data file stands, for messages that name the file and the line
 * ("content/editorial/x.json:12: marks[3]: …"). JSON.parse gives values without positions, so the
 * file's text is searched; without the text, messages name the file alone.
 */

/** A JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string with something other than spaces in it. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** A JSON data file: its repository-relative name and, where read, its text. */
export interface JsonSource {
  file: string;
  text?: string;
}

function at(source: JsonSource, offset: number): string {
  return offset < 0 || source.text === undefined ? source.file : `${source.file}:${source.text.slice(0, offset).split('\n').length}`;
}

/** "file:line" of the first `"key":` at or after `from`, or the file alone. */
export function locateKey(source: JsonSource, key: string, from = 0): string {
  if (source.text === undefined) return source.file;
  const needle = JSON.stringify(key);
  let offset = source.text.indexOf(needle, Math.max(0, from));
  while (offset >= 0 && !/^\s*:/u.test(source.text.slice(offset + needle.length))) offset = source.text.indexOf(needle, offset + 1);
  return at(source, offset);
}

/** "file:line" of the `index`-th (0-based) element of the array under `"key":`, or the file alone. */
export function locateElement(source: JsonSource, key: string, index: number): string {
  const { text } = source;
  if (text === undefined) return source.file;
  const keyAt = text.indexOf(JSON.stringify(key));
  const open = keyAt < 0 ? -1 : text.indexOf('[', keyAt);
  if (open < 0) return source.file;
  let depth = 0;
  let element = -1;
  let expecting = false;
  // An element starts at the first character after "[" or a top-level "," that is not a space.
  const starts = (): boolean => {
    if (depth !== 1 || !expecting) return false;
    expecting = false;
    element++;
    return element === index;
  };
  for (let i = open; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      if (starts()) return at(source, i);
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (char === '[' || char === '{') {
      if (starts()) return at(source, i);
      depth++;
      if (depth === 1) expecting = true;
    } else if (char === ']' || char === '}') {
      depth--;
      if (depth === 0) break;
    } else if (char === ',') {
      if (depth === 1) expecting = true;
    } else if (!/\s/u.test(char) && starts()) return at(source, i);
  }
  return source.file;
}
