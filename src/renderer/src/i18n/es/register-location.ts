import type { MessageSchema } from '../message-schema'

/** Settings → Register location: this computer's file, or the clinic's server every desk shares. */
export default {
  title: 'Ubicación del registro',
  subtitle: 'Dónde guarda este puesto su registro: en un archivo de este ordenador o en el servidor de la clínica que comparten varios puestos.',
  clinicSettings: 'Ajustes de la clínica',
  firstStart: 'Volver',
  now: {
    title: 'Dónde está ahora el registro',
    thisComputer: 'Este ordenador',
    thisComputerText: 'Solo este puesto usa este registro.',
    server: 'El servidor de la clínica',
    serverText: 'Todos los puestos que usan este servidor trabajan sobre el mismo registro.',
    file: 'Archivo del registro',
    earlierFile: 'Archivo anterior del registro en este ordenador (conservado, sin uso)',
    address: 'Servidor',
    user: 'Usuario',
    tls: 'Conexión cifrada (TLS)',
    on: 'Activada',
    off: 'Desactivada',
    password: 'Contraseña',
    passwordKept: 'Guardada de forma segura en este ordenador',
    passwordNotKept: 'Ninguna guardada'
  },
  passwordStore: {
    title: 'Este ordenador no puede guardar de forma segura la contraseña del servidor.',
    consequence: 'Trasladar el registro o usar el del servidor la necesita, así que ambas opciones están desactivadas hasta que se resuelva. «Probar la conexión» sigue funcionando.'
  },
  server: {
    title: 'El servidor de la clínica',
    introThisComputer: 'Para compartir un registro entre varios puestos, introduzca el servidor que configuró su soporte informático y pruebe la conexión.',
    introServer: 'Si la dirección o la contraseña del servidor han cambiado, introduzca los datos nuevos, pruébelos y úselos.',
    host: 'Nombre o dirección del servidor',
    hostPlaceholder: 'servidor-clinica o 192.168.1.20',
    port: 'Puerto',
    portHint: 'Normalmente {port}.',
    database: 'Base de datos',
    user: 'Nombre de usuario',
    password: 'Contraseña',
    keepPassword: 'Vacío conserva la contraseña guardada',
    tls: 'Cifrar la conexión (TLS)',
    tlsHint: 'Déjelo activado salvo que su soporte informático indique que el servidor no lo usa.',
    test: 'Probar la conexión',
    testFailed: 'La conexión no ha funcionado'
  },
  actions: {
    title: 'Qué hacer con este servidor',
    moveToServer: 'Trasladar este registro al servidor',
    moveToServerHint: 'Para el primer puesto: copia el registro de este ordenador en la base de datos vacía del servidor.',
    joinServer: 'Usar el registro de este servidor',
    joinServerHint: 'Para los demás puestos, una vez que el registro está en el servidor.'
  },
  blockers: {
    testFirst: 'Pruebe primero la conexión.',
    testAgain: 'Los datos han cambiado desde la última prueba: vuelva a probar la conexión.',
    connectFirst: 'Posible cuando la conexión funcione.',
    serverHoldsRegister: 'El servidor ya contiene un registro: úselo.',
    serverIsEmpty: 'La base de datos del servidor está vacía: traslade antes un registro allí.',
    needsPasswordStore: 'No es posible mientras este ordenador no pueda guardar la contraseña.'
  },
  progress: {
    moveToServer: 'Trasladando el registro al servidor… Con un registro grande puede tardar uno o dos minutos. No cierre la aplicación.',
    joinServer: 'Cambiando este puesto al registro del servidor…',
    moveToThisComputer: 'Trasladando el registro a este ordenador… Con un registro grande puede tardar uno o dos minutos. No cierre la aplicación.'
  },
  restarting: 'Hecho. La aplicación se está reiniciando…',
  failed: {
    moveToServer: 'El registro no se ha trasladado. Este puesto sigue trabajando en este ordenador.',
    joinServer: 'Este puesto no se ha cambiado. Sigue trabajando con su registro como antes.',
    moveToThisComputer: 'El registro no se ha trasladado. Este puesto sigue trabajando en el servidor.'
  },
  back: {
    title: 'Volver a este ordenador',
    text: 'Copia el registro del servidor en un archivo de este ordenador; después este puesto deja de usar el servidor. Los demás puestos siguen trabajando en el servidor.',
    move: 'Trasladar el registro a este ordenador'
  },
  confirmMoveToServer: {
    header: '¿Trasladar este registro al servidor?',
    message:
      'Todo el contenido de este registro se copia en el servidor y se comprueba allí. El archivo del registro de este ordenador se conserva sin cambios. Después la aplicación se reinicia trabajando en el servidor. En cada uno de los demás puestos, abra allí Ajustes → Ubicación del registro y elija «Usar el registro de este servidor».',
    confirm: 'Trasladar al servidor'
  },
  confirmJoinServer: {
    header: '¿Usar el registro de este servidor?',
    message:
      'Este puesto trabajará con el registro del servidor, de {count} clientes. El archivo del registro de este ordenador se conserva tal cual, pero deja de usarse. Después la aplicación se reinicia. | Este puesto trabajará con el registro del servidor, de 1 cliente. El archivo del registro de este ordenador se conserva tal cual, pero deja de usarse. Después la aplicación se reinicia. | Este puesto trabajará con el registro del servidor, de {count} clientes. El archivo del registro de este ordenador se conserva tal cual, pero deja de usarse. Después la aplicación se reinicia.',
    confirm: 'Usar el registro del servidor'
  },
  confirmMoveToThisComputer: {
    header: '¿Trasladar el registro a este ordenador?',
    message:
      'El registro del servidor se copia en un archivo nuevo de este ordenador y se comprueba, y este puesto deja de usar el servidor: lo que guarden los demás puestos a partir de ahora no aparecerá aquí. Los demás puestos siguen trabajando en el servidor. Después la aplicación se reinicia.',
    confirm: 'Trasladar a este ordenador'
  }
} satisfies MessageSchema['registerLocation']
