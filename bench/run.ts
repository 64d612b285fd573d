/**
 * The benchmark: `npm run bench` (100,000 clients) or `npm run bench -- --quick` (10,000,
 * fewer repeats, under two minutes). Writes bench/results.json and prints a table.
 * See README.md, "Performance".
 */
import { cpus, loadavg, totalmem } from 'node:os'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runStep } from './lib/child'
import { ROOT } from './lib/register'
import { round } from './lib/stats'
import { measureRendererSize, type RendererSize } from './renderer-size'
import type { SearchResult } from './search'
import type { UiResult } from './ui'
import { seedRegister } from './seed'
import { benchPostgres } from './postgres'

const quick = process.argv.includes('--quick')
const SETTINGS = quick
  ? { clients: 10_000, searchQueries: 1000, searchRounds: 2, likeRounds: 1, openRuns: 10, coldRuns: 3, warmHandouts: 20, mixedHandouts: 15, chromiumHandouts: 8, uiRuns: 10 }
  : { clients: 100_000, searchQueries: 1000, searchRounds: 5, likeRounds: 1, openRuns: 20, coldRuns: 5, warmHandouts: 40, mixedHandouts: 40, chromiumHandouts: 20, uiRuns: 20 }
const SEED = 1

interface Row {
  measure: string
  value: string
  target: string
  holds?: boolean
}

async function main(): Promise<void> {
  const started = performance.now()
  const loadAtStart = loadavg()[0] as number
  const dir = join(ROOT, 'bench', 'tmp')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, quick ? 'register-quick.sqlite3' : 'register-100k.sqlite3')
  const say = (text: string): void => console.error(`[bench ${round((performance.now() - started) / 1000, 0)}s] ${text}`)

  say(`seeding ${SETTINGS.clients.toLocaleString('en')} clients through seed-demo`)
  const seed = await seedRegister(file, SETTINGS.clients, SEED)

  say(`search: ${SETTINGS.searchQueries} queries, ours and LIKE`)
  const search = await runStep<SearchResult>('search', {
    file,
    count: SETTINGS.searchQueries,
    rounds: SETTINGS.searchRounds,
    likeRounds: SETTINGS.likeRounds
  })

  say('open + first register page')
  const open = await runStep<{ median_ms: number; p95_ms: number; runs: number }>('open', { file, runs: SETTINGS.openRuns })

  say('the recall list: windows open now or opening in 14 days')
  const recalls = await runStep<{ median_ms: number; p95_ms: number; runs: number; listed: number }>('recalls', { file, runs: SETTINGS.openRuns })

  say('handouts: cold (a fresh process each)')
  const cold: number[] = []
  for (let run = 0; run < SETTINGS.coldRuns; run++) cold.push((await runStep<{ ms: number }>('handout-cold', { file })).ms)
  say('handouts: warm')
  const warm = await runStep<{ median_ms: number; p95_ms: number; median_cpu_ms: number; mixed_median_ms: number; mixed_p95_ms: number }>('handout-warm', {
    file,
    count: SETTINGS.warmHandouts,
    warmup: 5,
    mixed: SETTINGS.mixedHandouts
  })
  say('handouts: a day of 100 as one job, after the warm-up the app makes at start, then in a cold process')
  const batch = await runStep<{ seconds: number; peak_rss_mb: number; warm_up_s: number; workers: number; in_flight: number }>('handout-batch', {
    file,
    count: 100,
    warmedUp: true
  })
  const coldBatch = await runStep<{ seconds: number; peak_rss_mb: number }>('handout-batch', { file, count: 100, warmedUp: false })
  say('handouts: Chromium print-to-PDF of the same content')
  const chromium = await runStep<{ median_ms: number; p95_ms: number; version: string }>('chromium', {
    file,
    count: SETTINGS.chromiumHandouts,
    warmup: 3
  })

  say('renderer: build and size the first screen')
  const renderer: RendererSize = await measureRendererSize()

  say('the desk in Chromium: first rows, search, a client, the treatment form, End, jumps in the list')
  const ui = await runStep<UiResult>('ui', { file, runs: SETTINGS.uiRuns })

  say('a client list of 20,000 from Excel: checked, then imported')
  const workbookImport = await runStep<{ rows: number; workbook_kb: number; check_s: number; import_s: number }>('import-xlsx', { rows: 20_000 })

  const postgres = await benchPostgres(file, { searchQueries: SETTINGS.searchQueries, searchRounds: SETTINGS.searchRounds, handouts: 100 }, say)

  const sorted = [...cold].sort((a, b) => a - b)
  const coldMedian = sorted[Math.floor(sorted.length / 2)] as number
  const results = {
    seed_100k_s: seed.seed_s,
    db_bytes: seed.db_bytes,
    search_p50_ms: search.search_p50_ms,
    search_p95_ms: search.search_p95_ms,
    search_like_ratio: search.search_like_ratio,
    open_first_page_ms: open.median_ms,
    recall_list_ms: recalls.median_ms,
    handout_cold_ms: round(coldMedian),
    handout_median_ms: warm.median_ms,
    handout_batch100_s: batch.seconds,
    handout_batch100_rss_mb: Math.max(batch.peak_rss_mb, coldBatch.peak_rss_mb),
    handout_batch100_cold_s: coldBatch.seconds,
    handout_vs_chromium_ratio: round(chromium.median_ms / warm.median_ms, 1),
    renderer_first_screen_kb_gz: renderer.first_screen_kb_gz,
    ui_first_rows_ms: ui.ui_first_rows_ms,
    ui_search_paint_p95_ms: ui.ui_search_paint_p95_ms,
    ui_client_open_p95_ms: ui.ui_client_open_p95_ms,
    ui_record_form_ready_p95_ms: ui.ui_record_form_ready_p95_ms,
    ui_end_key_rows_ms: ui.ui_end_key_rows_ms,
    ui_scroll_jump_p95_ms: ui.ui_scroll_jump_p95_ms,
    main_longest_call_ms: ui.main_longest_call_ms,
    import_xlsx_20k_s: round(workbookImport.check_s + workbookImport.import_s, 1),
    postgres_copy_s: postgres.copy_s,
    postgres_search_p50_ms: postgres.search.search_p50_ms,
    postgres_search_p95_ms: postgres.search.search_p95_ms,
    postgres_two_desks_batch100_s: postgres.two_desks_batch_s,
    postgres_handouts_logged_once: postgres.handouts_logged === postgres.handouts_expected,
    quick,
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memory_gb: round(totalmem() / 2 ** 30, 1),
      platform: `${process.platform} ${process.arch}`,
      node: process.version,
      // Runnable processes on average over the last minute, at the start and the end: on a
      // 2-core machine anything above 2 means the benchmark was sharing its cores.
      load_average_start: round(loadAtStart, 2),
      load_average_end: round(loadavg()[0] as number, 2)
    },
    details: {
      clients: seed.clients,
      treatments: seed.treatments,
      seed_command_s: seed.command_s,
      search,
      open,
      recalls,
      handout_cold_runs_ms: cold.map((ms) => round(ms)),
      handout_warm: warm,
      handout_batch100: batch,
      handout_batch100_cold: coldBatch,
      chromium,
      renderer,
      ui,
      workbook_import: workbookImport,
      postgres,
      bench_s: round((performance.now() - started) / 1000, 1)
    }
  }
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)

  const scale = quick ? ` (quick: ${SETTINGS.clients.toLocaleString('en')} clients)` : ''
  // The register targets are set at 100,000 clients; a quick run shows them without judging.
  const atFullSize = (target: string, holds: boolean): Pick<Row, 'target' | 'holds'> =>
    quick ? { target: `${target} at 100k`, holds: undefined } : { target, holds }
  const rows: Row[] = [
    { measure: `Seed ${seed.clients.toLocaleString('en')} clients, ${seed.treatments.toLocaleString('en')} treatments`, value: `${seed.seed_s} s`, ...atFullSize('≤ 30 s', seed.seed_s <= 30) },
    { measure: 'Database size', value: `${round(seed.db_bytes / 2 ** 20, 1)} MB`, target: '' },
    { measure: `Search p50 / p95 (${search.queries} queries)`, value: `${search.search_p50_ms} / ${search.search_p95_ms} ms`, ...atFullSize('p95 ≤ 5 ms', search.search_p95_ms <= 5) },
    { measure: "Plain LIKE '%q%' p50 / p95", value: `${search.like_p50_ms} / ${search.like_p95_ms} ms`, target: '' },
    { measure: 'LIKE time / our time', value: `${search.search_like_ratio}× (CPU time: ${search.search_like_cpu_ratio}×)`, ...atFullSize('≥ 20×', search.search_like_ratio >= 20) },
    { measure: 'Open + first register page', value: `${open.median_ms} ms`, ...atFullSize('≤ 150 ms', open.median_ms <= 150) },
    {
      measure: `Recall list, next 14 days (${recalls.listed} clients), median / p95`,
      value: `${recalls.median_ms} / ${recalls.p95_ms} ms`,
      ...atFullSize('≤ 100 ms', recalls.median_ms <= 100)
    },
    { measure: 'Handout, cold (new process)', value: `${round(coldMedian, 0)} ms`, target: '' },
    { measure: 'Handout, warm median / p95 (drawn on a render worker)', value: `${warm.median_ms} / ${warm.p95_ms} ms (CPU ${warm.median_cpu_ms} ms)`, target: '≤ 25 ms', holds: warm.median_ms <= 25 },
    {
      measure: `100 handouts as one job (made on ${batch.workers} workers, ${batch.in_flight} in flight, logged, combined)`,
      value: `${batch.seconds} s (app warmed up at start in ${batch.warm_up_s} s)`,
      target: '≤ 2.5 s',
      holds: batch.seconds <= 2.5
    },
    { measure: 'The same job in a cold process, no warm-up', value: `${coldBatch.seconds} s`, target: '' },
    { measure: '100 handouts, peak RSS (the workers included)', value: `${results.handout_batch100_rss_mb} MB`, target: '≤ 400 MB', holds: results.handout_batch100_rss_mb <= 400 },
    { measure: 'Chromium print-to-PDF, median', value: `${chromium.median_ms} ms`, target: '' },
    { measure: 'Chromium time / our time', value: `${results.handout_vs_chromium_ratio}×`, target: '> 1×', holds: results.handout_vs_chromium_ratio > 1 },
    { measure: 'First-screen JavaScript, gzipped', value: `${renderer.first_screen_kb_gz} KB`, target: '≤ 350 KB', holds: renderer.first_screen_kb_gz <= 350 },
    { measure: 'Desk: page load → first rows painted', value: `${ui.ui_first_rows_ms} ms`, target: '' },
    { measure: 'Desk: last key → search results painted, p95 (120 ms debounce)', value: `${ui.ui_search_paint_p95_ms} ms`, ...atFullSize('≤ 170 ms', ui.ui_search_paint_p95_ms <= 170) },
    { measure: 'Desk: a client opened, p95', value: `${ui.ui_client_open_p95_ms} ms`, target: '' },
    { measure: 'Desk: Record treatment → form and suggestions, p95', value: `${ui.ui_record_form_ready_p95_ms} ms`, ...atFullSize('≤ 100 ms', ui.ui_record_form_ready_p95_ms <= 100) },
    { measure: 'Desk: End → last rows painted', value: `${ui.ui_end_key_rows_ms} ms`, ...atFullSize('≤ 150 ms', ui.ui_end_key_rows_ms <= 150) },
    { measure: 'Desk: jump in the list → rows painted, p95', value: `${ui.ui_scroll_jump_p95_ms} ms`, target: '' },
    { measure: `Desk: longest call in main meanwhile (${ui.longest_call})`, value: `${ui.main_longest_call_ms} ms`, ...atFullSize('≤ 50 ms', ui.main_longest_call_ms <= 50) },
    {
      measure: `A client list of ${workbookImport.rows.toLocaleString('en')} from Excel (.xlsx, ${workbookImport.workbook_kb} KB): checked, then imported`,
      value: `${round(workbookImport.check_s, 1)} s + ${round(workbookImport.import_s, 1)} s`,
      target: '≤ 20 s',
      holds: results.import_xlsx_20k_s <= 20
    },
    { measure: `PostgreSQL ${postgres.server_version}: register copied onto the server, verified`, value: `${postgres.copy_s} s`, target: '' },
    { measure: 'PostgreSQL: search p50 / p95, through the handler', value: `${postgres.search.search_p50_ms} / ${postgres.search.search_p95_ms} ms`, ...atFullSize('p95 ≤ 10 ms', postgres.search.search_p95_ms <= 10) },
    { measure: "PostgreSQL: plain LIKE '%q%' p50 / p95", value: `${postgres.search.like_p50_ms} / ${postgres.search.like_p95_ms} ms`, target: '' },
    {
      measure: 'PostgreSQL: two desks, 100 handouts each at once (each desk, both)',
      value: `${postgres.two_desks_each_s.join(' s, ')} s; ${postgres.two_desks_batch_s} s`,
      target: ''
    },
    {
      measure: 'PostgreSQL: handouts logged by the two desks',
      value: `${postgres.handouts_logged} of ${postgres.handouts_expected}`,
      target: 'each once',
      holds: postgres.handouts_logged === postgres.handouts_expected
    }
  ]
  console.log(
    `\nAftercare Desk benchmark${scale}, ${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.machine.cpu} × ${results.machine.cores}, ` +
      `load average ${results.machine.load_average_start} at the start and ${results.machine.load_average_end} at the end\n`
  )
  console.log(markdownTable(rows))
  console.log(`\nbench/results.json written; ${results.details.bench_s} s in all.`)
}

function markdownTable(rows: Row[]): string {
  const cells = rows.map((row) => [row.measure, row.value, row.target, row.holds === undefined ? '' : row.holds ? 'yes' : 'NO'])
  const header = ['Measure', 'Result', 'Target', 'Holds']
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => (cell[column] as string).length)))
  const line = (cell: string[]): string => `| ${cell.map((text, column) => text.padEnd(widths[column] as number)).join(' | ')} |`
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...cells.map(line)].join('\n')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
