// Parsing that keeps positions: every later check reports a line, so each parsed file
// keeps its YAML document and a LineCounter to turn a value path back into a line.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';

export interface Problem {
  /** Path relative to the curriculum root, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** Stable rule name, e.g. `schema`, `unknown-prerequisite`, `topic-cycle`. */
  rule: string;
}

export type PathSegment = string | number | symbol;

export interface Source {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** Lines before the YAML text in its file (the `---` opening a front matter). */
  lineOffset: number;
}

export interface Parsed {
  source: Source;
  value: unknown;
  problems: Problem[];
}

export function parseYaml(file: string, text: string, lineOffset = 0): Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const source: Source = { file, doc, lines, lineOffset };
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((err) => {
    const pos = lines.linePos(err.pos[0]);
    // The yaml package puts the position on the first line of its message; we report it separately.
    const message = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { file, line: pos.line + lineOffset, column: pos.col, message, rule: 'yaml-syntax' };
  });
  return { source, value: doc.errors.length > 0 ? undefined : doc.toJS(), problems };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a Markdown file into its YAML front matter (parsed, with real line numbers) and body. */
export function parseFrontMatter(file: string, text: string): Parsed & { body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    const lines = new LineCounter();
    const problem: Problem = {
      file,
      line: 1,
      column: 1,
      message: 'a lesson must start with YAML front matter between two `---` lines',
      rule: 'front-matter',
    };
    return {
      source: { file, doc: parseDocument('', { lineCounter: lines }), lines, lineOffset: 0 },
      value: undefined,
      problems: [problem],
      body: text,
    };
  }
  return { ...parseYaml(file, match[1]!, 1), body: text.slice(match[0].length) };
}

/**
 * Line and column of the value at `path`, or of its key when `key` is set (so an unknown
 * key is reported where it is written). A path that does not exist (a missing key) falls
 * back to the deepest node that does, which is the object that should have had it.
 */
export function locate(source: Source, path: readonly PathSegment[], key = false): { line: number; column: number } {
  let node: unknown = source.doc.contents;
  let found: Node | null = isNodeLike(node) ? node : null;
  let keyNode: Node | null = null;
  for (const segment of path) {
    keyNode = null;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      keyNode = isNodeLike(pair.key) ? pair.key : null;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      break;
    }
    if (!isNodeLike(node)) {
      if (keyNode) found = keyNode;
      break;
    }
    found = node;
  }
  const target = key && keyNode ? keyNode : found;
  const offset = target?.range?.[0] ?? 0;
  const pos = source.lines.linePos(offset);
  return { line: pos.line + source.lineOffset, column: pos.col };
}

function isNodeLike(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

/** A problem located at a path in a parsed file. */
export function problemAt(
  source: Source,
  path: readonly PathSegment[],
  rule: string,
  message: string,
  key = false,
): Problem {
  return { file: source.file, ...locate(source, path, key), message, rule };
}
