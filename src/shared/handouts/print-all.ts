/**
 * How many handouts Print all asks main for at once. Main draws them on a pool of worker
 * threads, one per core (two on the clinics' usual machines): with one more in flight than
 * that, the next handout is read from the register and waiting while main logs the last one,
 * so no worker stands idle between two.
 */
export const PRINT_ALL_IN_FLIGHT = 3

/**
 * Runs `make` for each item with at most `inFlight` under way, started in the items' order,
 * and gives the results in that order whatever order they end in. After a failure no more are
 * started; those under way are waited for, then the first failure is thrown.
 */
export async function makeInOrder<Item, Made>(
  items: readonly Item[],
  inFlight: number,
  make: (item: Item, index: number) => Promise<Made>
): Promise<Made[]> {
  const made: Made[] = new Array(items.length)
  let next = 0
  let failure: { error: unknown } | undefined
  const lane = async (): Promise<void> => {
    while (!failure && next < items.length) {
      const index = next++
      try {
        made[index] = await make(items[index] as Item, index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(inFlight, items.length)) }, lane))
  if (failure) throw failure.error
  return made
}
