import type { Client } from '@shared/register/client'

/** A client's name as the desk shows it. */
export function clientName(client: Pick<Client, 'givenName' | 'familyName'>): string {
  return `${client.givenName} ${client.familyName}`
}
