import type { Client } from '@shared/register/client'

/**
 * The patient as a file names them: "Ana Silva" as printed, and "Silva-Ana" where the file's
 * name begins, family first, so a folder of them sorts by family.
 */
export function patientNames({ givenName, familyName }: Pick<Client, 'givenName' | 'familyName'>) {
  return { patientName: `${givenName} ${familyName}`, fileNamePatient: `${familyName}-${givenName}` }
}
