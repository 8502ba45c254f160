// dockerfile-ast checks for a byte-order mark with Buffer.from, which browsers lack; a UTF-8
// encoder gives it the bytes it reads. Imported before the parser, in the playground's chunk only.
const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= { from: (text: string): Uint8Array => new TextEncoder().encode(text) };
