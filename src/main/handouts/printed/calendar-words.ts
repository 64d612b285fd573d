import type { HandoutLanguage } from '@shared/register/vocabulary'

/** The fixed words of the 14-day calendar, in every handout language (its content is the plan's). */
export interface CalendarWords {
  /** Formats the calendar's dates and times. */
  locale: string
  title: string
  treatment: string
  yourTreatment: string
  day: string
  date: string
  changes: string
  ongoing: string
  /** Before a clock time on a day's row: "from 14:30". */
  fromTime: string
  /** Before a date and time after the grid: "from Saturday 10 October, 19:00". */
  fromDate: string
  untilTime: string
  untilDate: string
  /** Points for "from 14:30" on a day's row, so the phrase stays on one line. */
  clockColumnWidth: number
  later: string
  callUs: string
}

export const CALENDAR_WORDS: Record<HandoutLanguage, CalendarWords> = {
  en: {
    locale: 'en-GB',
    title: 'Your first 14 days',
    treatment: 'Treatment',
    yourTreatment: 'Your treatment',
    day: 'Day',
    date: 'Date',
    changes: 'New today',
    ongoing: 'Still in place',
    fromTime: 'from',
    fromDate: 'from',
    untilTime: 'until',
    untilDate: 'until',
    clockColumnWidth: 74,
    later: 'After these 14 days',
    callUs: 'To book, call us on'
  },
  es: {
    locale: 'es-ES',
    title: 'Tus primeros 14 días',
    treatment: 'Tratamiento',
    yourTreatment: 'Tu tratamiento',
    day: 'Día',
    date: 'Fecha',
    changes: 'Novedades del día',
    ongoing: 'Sigue vigente',
    fromTime: 'desde las',
    fromDate: 'desde el',
    untilTime: 'hasta las',
    untilDate: 'hasta el',
    clockColumnWidth: 84,
    later: 'Después de estos 14 días',
    callUs: 'Para pedir cita, llámanos al'
  },
  fr: {
    locale: 'fr-FR',
    title: 'Vos 14 premiers jours',
    treatment: 'Traitement',
    yourTreatment: 'Votre traitement',
    day: 'J',
    date: 'Date',
    changes: 'Ce qui change',
    ongoing: 'Toujours en vigueur',
    fromTime: 'dès',
    fromDate: 'à partir du',
    untilTime: 'jusqu’à',
    untilDate: 'jusqu’au',
    clockColumnWidth: 74,
    later: 'Après ces 14 jours',
    callUs: 'Prise de rendez-vous au'
  },
  de: {
    locale: 'de-DE',
    title: 'Ihre ersten 14 Tage',
    treatment: 'Behandlung',
    yourTreatment: 'Ihre Behandlung',
    day: 'Tag',
    date: 'Datum',
    changes: 'Heute neu',
    ongoing: 'Gilt weiterhin',
    fromTime: 'ab',
    fromDate: 'ab',
    untilTime: 'bis',
    untilDate: 'bis',
    clockColumnWidth: 74,
    later: 'Nach diesen 14 Tagen',
    callUs: 'Termine unter'
  }
}
