import { sql } from 'kysely'
import { toClient } from '../src/main/register/client-repository'
import { benchQueries, type QueryKind } from './search-queries'
import { callOk, openBenchRegister } from './lib/register'
import { median, percentile, round } from './lib/stats'

// What the renderer asks for (src/renderer/src/register/client-search.ts, SEARCH_LIMIT).
export const RENDERER_SEARCH_LIMIT = 200

export interface SearchResult {
  queries: number
  rounds: number
  search_p50_ms: number
  search_p95_ms: number
  search_max_ms: number
  like_p50_ms: number
  like_p95_ms: number
  /** Total LIKE time over total time of our search, for the same queries in the same run. */
  search_like_ratio: number
  search_like_p50_ratio: number
  search_mean_cpu_ms: number
  like_mean_cpu_ms: number
  search_like_cpu_ratio: number
  found_share: number
  p95_by_kind: Record<string, number>
  slowest: { query: string; ms: number }[]
}

/**
 * Times `count` realistic queries through the handler the renderer calls
 * (dispatch -> clients.search), and the same queries as a plain LIKE '%q%' scan, query by
 * query in the same loop so both see the same machine.
 */
export async function measureSearch(file: string, options: { count: number; rounds: number; likeRounds: number }): Promise<SearchResult> {
  const register = await openBenchRegister(file)
  const { db } = register.database
  const queries = await benchQueries(db, options.count)

  const ours = async (query: string) =>
    callOk(register.table, 'clients.search', { query, limit: RENDERER_SEARCH_LIMIT })
  // The search a first version would write: every text column, LIKE '%q%', newest first.
  const like = async (query: string) => {
    const pattern = `%${query}%`
    const { rows } = await sql<Parameters<typeof toClient>[0]>`
      select * from clients
      where archived = 0
        and (given_name like ${pattern} or family_name like ${pattern}
          or (given_name || ' ' || family_name) like ${pattern}
          or phone like ${pattern} or email like ${pattern})
      order by last_activity_at desc, id
      limit ${RENDERER_SEARCH_LIMIT}`.execute(db)
    return rows.map(toClient)
  }

  // Warm-up: every query once through our search, a few through LIKE.
  let found = 0
  for (const { query } of queries) if ((await ours(query)).length > 0) found++
  for (const { query } of queries.slice(0, 20)) await like(query)

  const oursMs = queries.map(() => [] as number[])
  const likeMs = queries.map(() => [] as number[])
  // CPU time as well, which other work on a shared machine inflates far less than elapsed time.
  let oursCpu = 0
  let likeCpu = 0
  const cpuMs = (since: NodeJS.CpuUsage): number => {
    const { user, system } = process.cpuUsage(since)
    return (user + system) / 1000
  }
  for (let round = 0; round < Math.max(options.rounds, options.likeRounds); round++) {
    for (const [index, { query }] of queries.entries()) {
      if (round < options.rounds) {
        const cpu = process.cpuUsage()
        const started = performance.now()
        await ours(query)
        oursMs[index]?.push(performance.now() - started)
        oursCpu += cpuMs(cpu)
      }
      if (round < options.likeRounds) {
        const cpu = process.cpuUsage()
        const started = performance.now()
        await like(query)
        likeMs[index]?.push(performance.now() - started)
        likeCpu += cpuMs(cpu)
      }
    }
  }
  await register.close()

  const perQuery = oursMs.map(median)
  const perQueryLike = likeMs.map(median)
  const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0)
  const byKind: Record<string, number> = {}
  for (const kind of new Set<QueryKind>(queries.map((q) => q.kind))) {
    byKind[kind] = round(percentile(perQuery.filter((_, index) => queries[index]?.kind === kind), 95), 3)
  }
  return {
    queries: queries.length,
    rounds: options.rounds,
    search_p50_ms: round(percentile(perQuery, 50), 3),
    search_p95_ms: round(percentile(perQuery, 95), 3),
    search_max_ms: round(Math.max(...perQuery), 3),
    like_p50_ms: round(percentile(perQueryLike, 50), 3),
    like_p95_ms: round(percentile(perQueryLike, 95), 3),
    search_like_ratio: round(sum(perQueryLike) / sum(perQuery), 1),
    search_like_p50_ratio: round(percentile(perQueryLike, 50) / percentile(perQuery, 50), 1),
    search_mean_cpu_ms: round(oursCpu / (queries.length * options.rounds), 3),
    like_mean_cpu_ms: round(likeCpu / (queries.length * options.likeRounds), 3),
    search_like_cpu_ratio: round(likeCpu / options.likeRounds / (oursCpu / options.rounds), 1),
    found_share: round(found / queries.length, 3),
    p95_by_kind: byKind,
    slowest: perQuery
      .map((ms, index) => ({ query: queries[index]?.query ?? '', ms: round(ms, 2) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
  }
}
