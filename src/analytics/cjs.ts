// graphology's plugins are CommonJS packages whose typings say `export default`: under NodeNext,
// TypeScript types the default import as the module namespace while Node (and esbuild) hand over
// `module.exports`. This unwraps either shape, so the same import works in Node and in a bundle.
export function cjsDefault<T>(mod: { default: T }): T {
  const m = mod as unknown as { default?: T };
  return (m.default ?? mod) as T;
}
