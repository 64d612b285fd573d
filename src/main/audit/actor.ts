import { hostname, userInfo } from 'node:os'
import { words } from '@shared/words/words'

/** Who the audit log names for an entry: a person, or the desk or the CLI itself; and at which computer. */
export interface Actor {
  name: string
  /** The signed-in person's id; null where nobody signs in. */
  staffId: string | null
  /** The computer's host name, so the entries of several desks can be told apart. */
  desk: string
}

/**
 * What this computer does by itself, or on behalf of nobody signed in: "Desk (login)", "IT (login)",
 * named in the desk's language as each entry is written (the language may change while it runs).
 */
export function computerActor(role: 'desk' | 'it'): Actor {
  const login = userInfo().username
  return {
    get name() {
      return words(`audit.actor.${role}`, { login })
    },
    staffId: null,
    desk: hostname()
  }
}
