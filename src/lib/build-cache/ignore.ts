/**
 * `.dockerignore` matching, as the build context is sent: each line a pattern in Go's
 * filepath.Match syntax (`*`, `?`, `[…]`) plus `**` for any number of directories, a leading
 * `!` re-including what an earlier line excluded, the last matching line deciding, and a
 * pattern that matches a directory excluding everything below it. `#` lines are comments.
 * Source: docs.docker.com build/concepts/context "dockerignore files" and moby/patternmatcher.
 */

interface Rule {
  negate: boolean;
  pattern: RegExp;
}

function toRegExp(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]!;
    if (char === '*' && glob[index + 1] === '*') {
      // `**/` matches any number of directories, also none; a trailing `**` anything.
      const slash = glob[index + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      index += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = glob.indexOf(']', index);
      if (end === -1) source += '\\[';
      else {
        source += `[${glob.slice(index + 1, end).replace(/^!/, '^')}]`;
        index = end;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  // A pattern also excludes everything below a directory it names.
  return new RegExp(`^${source}(?:/.*)?$`);
}

/** Reads a `.dockerignore` file into rules; blank lines and comments are skipped. */
export function readIgnoreRules(text: string): Rule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!');
      const path = (negate ? line.slice(1) : line)
        .trim()
        .replace(/^\/+|\/+$/g, '')
        .replace(/^\.\//, '');
      return { negate, pattern: toRegExp(path) };
    });
}

/**
 * Reports whether a context path is left out by the rules: the last rule that matches decides.
 * @example isIgnored('node_modules/a/b.js', readIgnoreRules('node_modules')) // true
 */
export function isIgnored(path: string, rules: readonly Rule[]): boolean {
  let ignored = false;
  for (const rule of rules) if (rule.pattern.test(path)) ignored = !rule.negate;
  return ignored;
}
