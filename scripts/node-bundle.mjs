/**
 * How a TypeScript entry is bundled into ES modules that plain `node` runs (the admin CLI,
 * and the child processes of the crash and fault tests): one file set, started in a fraction
 * of a second. Left in node_modules: native code (better-sqlite3), pdfmake, which reads its
 * own data files, exceljs, whose zip library calls the deprecated Buffer() (Node warns on
 * stderr of such a call from outside node_modules), and the demo data only seed-demo loads.
 * @type {import('esbuild').BuildOptions}
 */
export const NODE_BUNDLE_OPTIONS = {
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', 'pdfmake', 'exceljs', '@faker-js/faker'],
  // Bundled CommonJS dependencies still call require() for Node's own modules.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  logLevel: 'warning'
}
