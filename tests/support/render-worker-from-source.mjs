// The render worker for tests, from the TypeScript sources: a worker thread cannot load a .ts
// file, and `--import tsx` in a Worker's execArgv does not reach its entry on Node 20, so this
// entry registers tsx in its own thread and then loads the real one.
import { register } from 'tsx/esm/api'

register()
await import('../../src/main/handouts/render-pool/render-worker.ts')
