import type { MessageSchema } from '../message-schema'

/** Who is at the desk: the first start's question, the lock screen, signing in, and the person in the top bar. */
export default {
  setUp: {
    title: '¿Quién trabaja aquí?',
    intro: 'Cada persona del mostrador puede identificarse con un PIN corto, y el puesto se bloquea solo cuando se deja, para que nadie en el mostrador pueda leer las notas de un cliente.',
    ownerTitle: 'Empiece por el titular de la clínica',
    ownerText: 'El titular puede hacerlo todo y da de alta a los demás en Ajustes → Personal.',
    ownerName: 'Nombre del titular',
    pin: 'PIN',
    pinHint: 'De 4 a 8 cifras. Nadie más lo ve y nunca se imprime.',
    pinAgain: 'Repita el PIN',
    create: 'Crear el titular e identificarse',
    or: 'o',
    aloneTitle: 'Aquí trabaja una sola persona',
    aloneText: 'Sin identificación y sin bloqueo: la aplicación se abre directamente, con todo disponible. El titular puede activar la identificación más adelante en Ajustes → Personal.',
    alone: 'Trabaja una sola persona (sin identificación)',
    serverTitle: 'Otro puesto de la clínica',
    serverText: 'Si el registro de la clínica ya está en su servidor, este puesto lo usa, con el personal de la clínica.',
    joinServer: 'Conectarse al servidor de la clínica…'
  },
  lock: {
    locked: 'El puesto está bloqueado.',
    chooseName: 'Pulse su nombre para identificarse.',
    staffLabel: 'Personal',
    nobody: 'Ahora no se puede mostrar a nadie: no se ha podido leer la lista del personal. Compruebe que se puede acceder al registro y vuelva a intentarlo.',
    tryAgain: 'Reintentar'
  },
  signIn: {
    title: 'Identificarse como {name}',
    pin: 'PIN',
    submit: 'Entrar',
    someoneElse: 'Otra persona',
    failed: 'No se ha podido entrar. Vuelva a intentarlo.'
  },
  person: {
    label: 'Identificado',
    switch: 'Cambiar',
    switchHint: 'Dejar el puesto a otra persona',
    lock: 'Bloquear'
  },
  refused: {
    title: 'Esta pantalla es para el titular de la clínica',
    text: 'Solo el titular de la clínica puede abrirla. Identifíquese como titular para usarla.',
    back: 'Ir al registro'
  },
  start: {
    title: 'No se ha podido iniciar el puesto',
    tryAgain: 'Reintentar'
  }
} satisfies MessageSchema['desk']
