// Minimal globs for the CLI's file arguments and the configuration's `ignore` (Node 20 has no fs.glob): `*` and `?` within one path segment,
// `**` for any number of segments. Like shells, wildcards do not match a leading dot.

export function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** The folder part before the first wildcard segment, and the rest (slash-separated). */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const first = segments.findIndex(isGlob);
  const base = segments.slice(0, first).join('/');
  return {
    base: base === '' && pattern.startsWith('/') ? '/' : base || '.',
    rest: segments.slice(first).join('/'),
  };
}

/** A matcher for slash-separated paths relative to the glob's base. */
export function globMatcher(rest: string): { test(path: string): boolean; maxDepth: number } {
  const segments = rest.split('/').filter((s) => s !== '');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      source += last ? '(?:(?!\\.)[^/]*(?:/(?!\\.)[^/]*)*)?' : '(?:(?!\\.)[^/]+/)*';
      return;
    }
    if (segment.startsWith('*') || segment.startsWith('?')) source += '(?!\\.)';
    for (const ch of segment) {
      source += ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    if (!last) source += '/';
  });
  const regex = new RegExp(`^${source}$`, 'u');
  return {
    test: (path) => regex.test(path),
    maxDepth: segments.includes('**') ? Infinity : segments.length,
  };
}

/**
 * Whether a configuration's `ignore` patterns (relative to its folder, slash-separated) skip the
 * file at `path` (relative to that folder). A pattern ending in `/` names a folder and everything in it.
 */
export function ignoredBy(patterns: readonly string[], path: string): boolean {
  return patterns.some((p) => {
    const pattern = p.replace(/^\.\//, '');
    return globMatcher(pattern.endsWith('/') ? `${pattern}**` : pattern).test(path);
  });
}
