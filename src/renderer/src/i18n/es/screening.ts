import type { MessageSchema } from '../message-schema'

export default {
  panel: {
    title: 'Cuestionario antes de la aguja',
    intro: 'Haga las preguntas del cuestionario de la visita de hoy antes de registrar el tratamiento.',
    start: 'Pasar el cuestionario',
    again: 'Repetir el cuestionario',
    backEntered: 'Introducido después de la visita: no se pide cuestionario y el tratamiento figura como registrado a posteriori.',
    notRequired: 'La clínica ha desactivado el cuestionario: el tratamiento se registra sin él.',
    needsZones: 'Elija primero las zonas: el cuestionario las compara con tratamientos anteriores.',
    answeredBy: 'Cuestionario pasado por {name} a las {time}, versión {version}',
    notBefore: 'No antes del {date}',
    moveVisit: 'Ofrezca al cliente una fecha a partir del {date} y salga sin registrar.',
    leave: 'Salir sin registrar',
    review: {
      title: 'Un profesional revisa esta visita',
      by: 'Revisado por',
      reason: 'Por qué puede realizarse el tratamiento'
    },
    override: {
      title: 'Realizarlo de todos modos',
      explain: 'Solo el titular de la clínica o un médico pueden autorizar esta visita, con su nombre y un motivo por escrito.',
      notYours: 'Solo el titular de la clínica o un médico pueden autorizar esta visita. Ofrezca al cliente otra fecha.',
      by: 'Decidido por',
      signedIn: 'Decidido por {name}, identificado en este puesto',
      reason: 'Por qué puede realizarse el tratamiento (por ejemplo, el informe del médico)',
      choose: 'Autorizo esta visita'
    }
  },
  outcome: {
    clear: 'Apto para tratar',
    review: 'Requiere revisión de un profesional',
    defer: 'Esperar antes de tratar',
    stop: 'No tratar hoy'
  },
  fromRegister: 'Según el registro',
  dialog: {
    title: 'Cuestionario de {name}',
    askAloud: 'Haga en voz alta las preguntas marcadas «Preguntar en voz alta»: los clientes suelen marcar «no» en todas.',
    askAloudTag: 'Preguntar en voz alta',
    radiofrequency: '{device} usa radiofrecuencia: se incluyen sus preguntas.',
    yes: 'Sí',
    no: 'No',
    never: 'Nunca, o hace más de un año',
    lastTime: 'Última vez',
    unanswered: 'Responda a todas las preguntas: quedan {count}. | Responda a todas las preguntas: queda 1. | Responda a todas las preguntas: quedan {count}.',
    check: 'Comprobar las respuestas',
    cancel: 'Cancelar'
  },
  treatment: {
    label: 'Cuestionario',
    backEntered: 'Ninguno: introducido después de la visita o registrado con el cuestionario desactivado',
    decided: '{outcome}: autorizado por {name} ({reason})'
  }
} satisfies MessageSchema['screening']
