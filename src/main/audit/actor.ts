import { hostname, userInfo } from 'node:os'

/** Who the audit log names for an entry: a person, or the desk or the CLI itself; and at which computer. */
export interface Actor {
  name: string
  /** The signed-in person's id; null where nobody signs in. */
  staffId: string | null
  /** The computer's host name, so the entries of several desks can be told apart. */
  desk: string
}

/** What this computer does by itself, or on behalf of nobody signed in: "Desk (login)", "IT (login)". */
export function computerActor(label: 'Desk' | 'IT'): Actor {
  return { name: `${label} (${userInfo().username})`, staffId: null, desk: hostname() }
}
