import type { HandoutLanguage } from '@shared/register/vocabulary'

/**
 * The fixed words of the "Before your appointment" sheet and its calendar file, in every handout
 * language (the rules themselves are the clinic's). Spanish, French and German address the
 * patient formally. Templates name their parts in braces, like "From {day}".
 */
export interface PrepSheetWords {
  /** Formats the sheet's dates. */
  locale: string
  title: string
  appointment: string
  intro: string
  stepsTitle: string
  /** A rule that starts with a calendar day. */
  fromDay: string
  /** A rule that starts at a time: on the day, the day before, or further back ({day}, {time}). */
  fromTimeOnTheDay: string
  fromTimeDayBefore: string
  fromMoment: string
  onTheDay: string
  /** Put before a rule's start when the sheet is printed after it: "Start now (from Thursday 26 March)". */
  startNow: string
  alwaysTitle: string
  bringTitle: string
  callTitle: string
  callIntro: string
  callUs: string
  outOfHours: string
  colon: string
  /** The appointment's own event in the calendar file. */
  appointmentEvent: string
  /** A calendar event's note: until when a rule holds. */
  untilAppointment: string
}

export const PREP_SHEET_WORDS: Record<HandoutLanguage, PrepSheetWords> = {
  en: {
    locale: 'en-GB',
    title: 'Before your appointment',
    appointment: 'Your appointment',
    intro: 'Getting your skin ready makes the treatment safer and helps it heal well. Please follow each step from the date beside it.',
    stepsTitle: 'What to do, and from when',
    fromDay: 'From {day}',
    fromTimeOnTheDay: 'From {time} on the day',
    fromTimeDayBefore: 'From {time} the day before',
    fromMoment: 'From {day}, {time}',
    onTheDay: 'On the day',
    startNow: 'Start now',
    alwaysTitle: 'Whatever the date',
    bringTitle: 'Please bring',
    callTitle: 'Call us to move your visit if',
    callIntro: 'A new date is better than treating skin that is not ready.',
    callUs: 'Call us on',
    outOfHours: 'Out of hours',
    colon: ': ',
    appointmentEvent: 'Microneedling appointment',
    untilAppointment: 'Until your appointment on {appointment}.'
  },
  es: {
    locale: 'es-ES',
    title: 'Antes de su cita',
    appointment: 'Su cita',
    intro: 'Preparar la piel hace el tratamiento más seguro y ayuda a que cicatrice bien. Siga cada paso desde la fecha que figura a su lado.',
    stepsTitle: 'Qué hacer y desde cuándo',
    fromDay: 'Desde el {day}',
    fromTimeOnTheDay: 'Desde las {time} del mismo día',
    fromTimeDayBefore: 'Desde las {time} del día anterior',
    fromMoment: 'Desde el {day}, a las {time}',
    onTheDay: 'El día de la cita',
    startNow: 'Empiece ya',
    alwaysTitle: 'Sea cual sea la fecha',
    bringTitle: 'Traiga, por favor',
    callTitle: 'Llámenos para cambiar la cita si',
    callIntro: 'Es mejor buscar otra fecha que tratar una piel que no está preparada.',
    callUs: 'Llámenos al',
    outOfHours: 'Fuera de horario',
    colon: ': ',
    appointmentEvent: 'Cita de micropunción',
    untilAppointment: 'Hasta su cita del {appointment}.'
  },
  fr: {
    locale: 'fr-FR',
    title: 'Avant votre rendez-vous',
    appointment: 'Votre rendez-vous',
    intro: 'Bien préparer la peau rend le soin plus sûr et aide à une bonne cicatrisation. Suivez chaque consigne à partir de la date indiquée en face.',
    stepsTitle: 'Que faire, et à partir de quand',
    fromDay: 'À partir du {day}',
    fromTimeOnTheDay: 'Dès {time} le jour même',
    fromTimeDayBefore: 'Dès {time} la veille',
    fromMoment: 'À partir du {day}, {time}',
    onTheDay: 'Le jour du rendez-vous',
    startNow: 'Dès maintenant',
    alwaysTitle: 'Quelle que soit la date',
    bringTitle: 'À apporter',
    callTitle: 'Appelez-nous pour déplacer le rendez-vous si',
    callIntro: 'Mieux vaut une autre date qu’un soin sur une peau qui n’est pas prête.',
    callUs: 'Appelez-nous au',
    outOfHours: 'En dehors des heures d’ouverture',
    colon: '\u00a0: ',
    appointmentEvent: 'Rendez-vous de microneedling',
    untilAppointment: 'Jusqu’à votre rendez-vous du {appointment}.'
  },
  de: {
    locale: 'de-DE',
    title: 'Vor Ihrem Termin',
    appointment: 'Ihr Termin',
    intro: 'Gut vorbereitete Haut macht die Behandlung sicherer und heilt besser. Bitte beachten Sie jeden Punkt ab dem Datum daneben.',
    stepsTitle: 'Was zu tun ist, und ab wann',
    fromDay: 'Ab {day}',
    fromTimeOnTheDay: 'Ab {time} am Termintag',
    fromTimeDayBefore: 'Ab {time} am Vortag',
    fromMoment: 'Ab {day}, {time}',
    onTheDay: 'Am Termintag',
    startNow: 'Ab sofort',
    alwaysTitle: 'Unabhängig vom Datum',
    bringTitle: 'Bitte mitbringen',
    callTitle: 'Bitte rufen Sie uns an, um den Termin zu verschieben, falls Folgendes eintritt',
    callIntro: 'Ein neuer Termin ist besser als eine Behandlung auf Haut, die nicht bereit ist.',
    callUs: 'Telefon',
    outOfHours: 'Außerhalb der Öffnungszeiten',
    colon: ': ',
    appointmentEvent: 'Microneedling-Termin',
    untilAppointment: 'Bis zu Ihrem Termin am {appointment}.'
  }
}
