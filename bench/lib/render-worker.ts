import { bundleNodeScript } from '../../tests/support/node-script'

let bundled: ReturnType<typeof bundleNodeScript> | undefined

/**
 * The render worker built as the admin CLI builds it (esbuild, scripts/node-bundle.mjs), once
 * per benchmark process and removed when it ends: the workers then run built JavaScript, as the
 * app's do, and no TypeScript loader's thread counts in the memory measured.
 */
export async function benchRenderWorker(): Promise<string> {
  bundled ??= bundleNodeScript('src/main/handouts/render-pool/render-worker.ts').then((bundle) => {
    process.once('exit', () => bundle.remove())
    return bundle
  })
  return (await bundled).file
}
