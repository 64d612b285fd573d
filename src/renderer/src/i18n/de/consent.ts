import type { MessageSchema } from '../message-schema'

export default {
  outcome: {
    clear: 'Behandlung möglich',
    review: 'Prüfung durch Behandler/in nötig',
    defer: 'vor der Behandlung abwarten',
    stop: 'heute nicht behandeln'
  },
  photo: {
    record: 'Fotos nur für die Behandlungsdokumentation',
    marketing: 'Fotos für die Dokumentation und, ohne Namen, für die Werbung der Praxis',
    no: 'Keine Fotos'
  },
  panel: {
    title: 'Einwilligung',
    sign: 'Einwilligung unterschreiben',
    photos: 'Fotos',
    photosNotAsked: 'noch nicht gefragt',
    empty: 'Noch keine Einwilligung unterschrieben. Der Kunde unterschreibt eine, bevor eine Behandlung für heute erfasst wird.',
    signedWhen: 'Unterschrieben am {date} um {time}',
    version: 'Formularversion {version}',
    radiofrequency: 'mit Radiofrequenz',
    plain: 'ohne Radiofrequenz',
    screening: 'Abfrage: {outcome}',
    reprint: 'Nachdrucken',
    reprintLabel: 'Die am {when} unterschriebene Einwilligung nachdrucken'
  },
  step: {
    title: 'Einwilligung',
    valid: 'Unterschrieben am {date}: deckt diesen Besuch bis {until} ab.',
    needed: 'Bitten Sie den Kunden, die Einwilligung zu unterschreiben, bevor Sie die Behandlung erfassen.'
  },
  sign: {
    title: 'Einwilligung für {name}',
    loading: 'Heutige Abfrage wird geladen…',
    screenFirst: 'Fragen Sie zuerst den heutigen Besuch ab: Die Einwilligung zeigt, was die Abfrage ergab.',
    lead: 'Gehen Sie das Formular mit dem Kunden durch, beantworten Sie Fragen und lassen Sie Zeit. Prüfen Sie den Plan, fragen Sie nach Fotos; dann unterschreibt der Kunde, danach die Behandlerin bzw. der Behandler.',
    plan: 'Behandlungsplan',
    device: 'Gerät',
    noDevice: 'keines gewählt',
    outcome: 'Abfrage',
    language: 'Formular gedruckt auf',
    photos: 'Fotos: eigene Entscheidung des Kunden',
    choosePhotos: 'Fragen Sie den Kunden, wozu er bei Fotos einwilligt, und wählen Sie es aus.',
    clientSignature: 'Unterschrift von {name}',
    practitionerSignature: 'Unterschrift Behandler/in',
    practitioner: 'Behandler/in',
    padHint: 'Im Feld mit Maus, Finger oder Stift unterschreiben.',
    clear: 'Leeren',
    clientMustSign: 'Der Kunde hat noch nicht unterschrieben: Bitten Sie ihn, im Feld zu unterschreiben.',
    practitionerMustSign: 'Die Behandlerin bzw. der Behandler hat noch nicht unterschrieben: im Feld unterschreiben.',
    namePractitioner: 'Geben Sie den Namen der Behandlerin bzw. des Behandlers ein.',
    submit: 'Unterschreiben und drucken',
    done: 'Einwilligung von {name} unterschrieben'
  }
} satisfies MessageSchema['consent']
