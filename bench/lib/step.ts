/**
 * Entry point of a child process running one measurement step (see child.ts): reads the
 * step name and its arguments, runs it, and sends what it measured back to the parent.
 */
const STEPS = {
  'handout-cold': async (args: { file: string }) => (await import('../handout')).coldHandout(args),
  'handout-warm': async (args: { file: string; count: number; warmup: number; mixed: number }) =>
    (await import('../handout')).warmHandouts(args),
  'handout-batch': async (args: { file: string; count: number; warmedUp: boolean; skip?: number }) =>
    (await import('../handout')).handoutBatch(args),
  open: async (args: { file: string; runs: number }) => (await import('../open')).measureOpen(args),
  recalls: async (args: { file: string; runs: number }) => (await import('../recalls')).measureRecallList(args),
  search: async (args: { file: string; count: number; rounds: number; likeRounds: number }) =>
    (await import('../search')).measureSearch(args.file, args),
  chromium: async (args: { file: string; count: number; warmup: number }) => (await import('../chromium')).measureChromium(args),
  ui: async (args: { file: string; runs: number }) => (await import('../ui')).measureUi(args),
  'import-xlsx': async (args: { rows: number }) => (await import('../import')).measureWorkbookImport(args)
} as const

export type StepName = keyof typeof STEPS

const [name, rawArgs] = process.argv.slice(2)
if (process.send && name) {
  try {
    const step = STEPS[name as StepName] as (args: unknown) => Promise<unknown>
    if (!step) throw new Error(`No bench step named ${name}.`)
    const value = await step(JSON.parse(rawArgs ?? '{}'))
    process.send({ ok: true, value })
  } catch (error) {
    process.send({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
    process.exitCode = 1
  }
}
