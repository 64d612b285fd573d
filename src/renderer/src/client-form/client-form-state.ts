import type { ClinicCountry } from '@shared/clinic/clinic-country'
import type { Client, ClientFields } from '@shared/register/client'
import { phoneAsWritten } from '@shared/register/phone-numbers'
import type { HandoutLanguage, SkinType } from '@shared/register/vocabulary'
import type { DateOrder } from '../format/region'
import { readDateOfBirth, writeDateOfBirth } from './date-of-birth-text'

/** The client form as typed: text boxes hold text, the date of birth included. */
export interface ClientFormState {
  givenName: string
  familyName: string
  dateOfBirthText: string
  phone: string
  email: string
  skinType: SkinType | null
  language: HandoutLanguage
  notes: string
}

export function emptyClientForm(): ClientFormState {
  return { givenName: '', familyName: '', dateOfBirthText: '', phone: '', email: '', skinType: null, language: 'en', notes: '' }
}

/** A client's details to edit, the phone as people write it in the clinic's country. */
export function clientFormFrom(client: Client, order: DateOrder, country: ClinicCountry): ClientFormState {
  return {
    givenName: client.givenName,
    familyName: client.familyName,
    dateOfBirthText: writeDateOfBirth(client.dateOfBirth, order),
    phone: phoneAsWritten(client.phone, country) ?? '',
    email: client.email ?? '',
    skinType: client.skinType,
    language: client.language,
    notes: client.notes
  }
}

/** The form as the shared schema reads it; a date of birth that is no date goes as typed, to be refused. */
export function clientFieldsFrom(state: ClientFormState, order: DateOrder): ClientFields {
  const { dateOfBirthText, ...rest } = state
  return { ...rest, dateOfBirth: readDateOfBirth(dateOfBirthText, order) ?? dateOfBirthText }
}
