/**
 * Reads one `name="value"` attribute from a fenced code block's meta string.
 *
 * @param meta Everything after the language on the opening fence.
 * @param name Attribute to read.
 * @returns The value, or undefined when the attribute is absent.
 * @example readMetaAttribute('title="compose.yaml" {2}', 'title') // 'compose.yaml'
 */
export function readMetaAttribute(meta: string, name: string): string | undefined {
  const pattern = new RegExp(
    // name, =, then a double-quoted, single-quoted or bare value
    `(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)'|(\\S+))`,
  );
  const match = pattern.exec(meta);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Reports whether the meta string carries a bare flag, such as `legacy` or `nocopy`. */
export function hasMetaFlag(meta: string, name: string): boolean {
  return new RegExp(`(?:^|\\s)${name}(?:\\s|$)`).test(meta);
}
