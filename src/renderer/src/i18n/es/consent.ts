import type { MessageSchema } from '../message-schema'

export default {
  outcome: {
    clear: 'apto',
    review: 'requiere revisión de un profesional',
    defer: 'esperar antes de tratar',
    stop: 'no tratar hoy'
  },
  photo: {
    record: 'Fotografías solo para la historia clínica',
    marketing: 'Fotografías para la historia clínica y para la publicidad de la clínica sin el nombre',
    no: 'Sin fotografías'
  },
  panel: {
    title: 'Consentimiento',
    sign: 'Firmar el consentimiento',
    photos: 'Fotografías',
    photosNotAsked: 'aún no preguntado',
    empty: 'Aún no se ha firmado ningún consentimiento. El cliente firma uno antes de que se registre un tratamiento de hoy.',
    signedWhen: 'Firmado el {date} a las {time}',
    version: 'Versión del formulario {version}',
    radiofrequency: 'con radiofrecuencia',
    plain: 'sin radiofrecuencia',
    screening: 'Cuestionario: {outcome}',
    reprint: 'Reimprimir',
    reprintLabel: 'Reimprimir el consentimiento firmado el {when}'
  },
  step: {
    title: 'Consentimiento',
    valid: 'Firmado el {date}: cubre esta visita hasta el {until}.',
    needed: 'Pida al cliente que firme el consentimiento antes de registrar el tratamiento.'
  },
  sign: {
    title: 'Consentimiento de {name}',
    loading: 'Cargando el cuestionario de hoy…',
    screenFirst: 'Pase primero el cuestionario de la visita de hoy: el consentimiento recoge lo que resultó.',
    lead: 'Repase el formulario con el cliente, responda a sus preguntas y dele tiempo. Compruebe el plan, pregunte por las fotografías; después firma el cliente y luego el profesional.',
    plan: 'Plan de tratamiento',
    device: 'Dispositivo',
    noDevice: 'ninguno elegido',
    outcome: 'Cuestionario',
    language: 'Formulario impreso en',
    photos: 'Fotografías: decisión aparte del cliente',
    choosePhotos: 'Pregunte al cliente qué autoriza respecto a las fotografías y elíjalo.',
    clientSignature: 'Firma de {name}',
    practitionerSignature: 'Firma del profesional',
    practitioner: 'Profesional',
    padHint: 'Firme en el recuadro con el ratón, el dedo o un lápiz.',
    clear: 'Borrar',
    clientMustSign: 'El cliente aún no ha firmado: pídale que firme en el recuadro.',
    practitionerMustSign: 'El profesional aún no ha firmado: firme en el recuadro.',
    namePractitioner: 'Introduzca el nombre del profesional.',
    submit: 'Firmar e imprimir',
    done: 'Consentimiento firmado por {name}'
  }
} satisfies MessageSchema['consent']
