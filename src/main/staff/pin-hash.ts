import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// scrypt at N = 2^15 takes some 60 ms here, off the main thread (libuv's pool): quick enough for
// a sign-in at a counter. A PIN has few values, so a copied register's hashes can still be tried
// in minutes: the hash keeps PINs from being read, the waits after wrong PINs keep them from
// being guessed at a desk. The parameters are stored with each hash, so they can be raised later.
const COST = { N: 2 ** 15, r: 8, p: 1 }
const KEY_LENGTH = 32
const SALT_BYTES = 16

function derive(pin: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  // 128 * N * r bytes of memory: 32 MiB at the default cost, over Node's default ceiling.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r }
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)))
  )
}

/** "scrypt$N$r$p$salt$key", salt and key in base64. */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(pin, salt, COST)
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$')
}

/** Whether `pin` is the one hashed, compared in constant time; false for a hash it cannot read. */
export async function pinMatches(pin: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, key] = stored.split('$')
  const cost = { N: Number(N), r: Number(r), p: Number(p) }
  if (scheme !== 'scrypt' || !salt || !key || !Object.values(cost).every(Number.isSafeInteger)) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await derive(pin, Buffer.from(salt, 'base64'), cost)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
