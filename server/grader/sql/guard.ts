/**
 * Statement checks for learners' SQL. PGlite runs PostgreSQL in single-user mode, where the
 * session user is always the bootstrap superuser: the learner's role can be dropped again
 * with RESET ROLE, SET SESSION AUTHORIZATION or DISCARD ALL. The engine revokes every other
 * route (set_config, and the languages DO blocks and functions need), so what is left are
 * these top-level statements, refused here before they reach the database.
 */

/** First keyword of the statement, lower case; '' when there is none. */
export function leadingKeyword(sql: string): string {
  return words(sql, 1)[0] ?? '';
}

/** A learner-facing refusal, or undefined when the statement may run. */
export function refuseStatement(sql: string): string | undefined {
  const [first, ...rest] = words(sql, 4);
  if (first === 'discard') {
    return ['temp', 'temporary', 'plans', 'sequences'].includes(rest[0] ?? '') ? undefined : REFUSED;
  }
  if (first !== 'set' && first !== 'reset') return undefined;
  let i = 0;
  if (first === 'set' && (rest[0] === 'session' || rest[0] === 'local')) i++;
  const parameter = rest[i];
  // Anything but a plain identifier (a quoted or U&"…" name) could spell "role" in disguise.
  if (!parameter || !/^[a-z_][a-z0-9_$]*(\.[a-z_][a-z0-9_$]*)?$/.test(parameter)) return REFUSED;
  if (['role', 'session', 'session_authorization', 'authorization'].includes(parameter)) return REFUSED;
  return undefined;
}

const REFUSED = 'changing the role or session is not allowed in this exercise';

/**
 * The first `count` words, skipping what PostgreSQL's lexer skips before a statement:
 * whitespace, comments (block comments nest) and empty statements (';').
 */
function words(sql: string, count: number): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < sql.length && found.length < count) {
    const c = sql[i]!;
    if (/\s|;/.test(c)) i++;
    else if (sql.startsWith('--', i)) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (sql.startsWith('/*', i)) {
      let depth = 0;
      do {
        if (sql.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (sql.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else i++;
      } while (depth > 0 && i < sql.length);
    } else {
      // A word runs to the next separator; '=' ends "role=x" as the lexer would.
      const match = /^[^\s;=(]+|^[=(]/.exec(sql.slice(i, i + 200));
      const word = match ? match[0] : c;
      // A comment glued to a word ("ROLE/**/") ends it too.
      const cut = word.search(/--|\/\*/);
      const token = cut > 0 ? word.slice(0, cut) : word;
      found.push(token.toLowerCase());
      i += token.length;
    }
  }
  return found;
}
