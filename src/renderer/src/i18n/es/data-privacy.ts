import type { MessageSchema } from '../message-schema'

/** The Data & privacy screen: backups, restore, CSV export and import. */
export default {
  title: 'Datos y privacidad',
  subtitle: 'Guarde una copia segura del registro, saque listas de clientes e incorpore clientes de otro sistema.',
  backups: {
    title: 'Copias de seguridad',
    offComputer:
      'La aplicación copia el registro en este ordenador cada día, pero una copia aquí se pierde con el ordenador si se estropea, lo roban o se daña. Una vez a la semana, haga una copia en una memoria USB o un disco que guarde en otro lugar.',
    backUpNow: 'Hacer copia ahora',
    backUpNowHint: 'Elija una carpeta, como una memoria USB; la copia se guarda allí.',
    backedUp: 'Copia guardada en {path}',
    backUpFailed: 'No se ha hecho la copia de seguridad',
    restore: 'Restaurar desde una copia…',
    restoreHint: 'Solo si el registro de este ordenador se ha perdido o está dañado.',
    restoreHintServer: 'Solo si el registro del servidor de la clínica se ha perdido o está dañado. Después todos los puestos trabajan con los datos de la copia.',
    restoreFailed: 'No se ha restaurado la copia de seguridad',
    confirmRestore: {
      header: '¿Restaurar el registro desde una copia de seguridad?',
      message:
        'Elegirá un archivo de copia. Todo el registro de este ordenador se sustituirá por el contenido de esa copia: lo añadido después de hacerla dejará de aparecer. Antes se guarda una copia del registro actual en las copias automáticas. Después la aplicación se cierra y se vuelve a abrir.',
      messageServer:
        'Elegirá un archivo de copia. Todo el registro del servidor de la clínica se sustituirá por el contenido de esa copia, en todos los puestos: lo añadido en cualquier puesto después de hacerla dejará de aparecer. Antes se guarda una copia del registro actual del servidor en las copias de este ordenador.',
      confirm: 'Elegir la copia…'
    }
  },
  automatic: {
    title: 'Copias automáticas en este ordenador',
    last: 'Última copia automática: {day} a las {time}.',
    none: 'Aún no se ha hecho ninguna copia automática. La primera se hace la próxima vez que se inicie la aplicación.',
    kept: 'La aplicación conserva una copia por cada uno de los últimos 14 días y una por cada uno de los últimos 12 meses; las más antiguas se eliminan.',
    folder: 'Se guardan en esta carpeta:',
    listTitle: 'Las copias más recientes',
    taken: 'Hecha',
    reason: 'Motivo',
    size: 'Tamaño',
    more: 'y {count} más antiguas | y 1 más antigua | y {count} más antiguas',
    reasons: {
      daily: 'Copia diaria',
      'before-migration': 'Antes de una actualización',
      'before-restore': 'Antes de una restauración',
      manual: 'Hecha a mano'
    }
  },
  export: {
    title: 'Exportar a una hoja de cálculo',
    intro:
      'Guarde el registro como libro de Excel (.xlsx) o como archivo CSV, según elija al guardar. Excel, Numbers y LibreOffice abren ambos.',
    csvRegion:
      'Un archivo CSV sigue el país de la clínica: punto y coma y coma decimal (1,5 mm) donde se escribe 1,5, como en España, Francia o Alemania; comas y punto decimal (1.5 mm) donde se escribe 1.5, como en el Reino Unido o EE. UU.',
    clients: 'Exportar clientes…',
    treatments: 'Exportar tratamientos…',
    savedClients: 'Se han guardado {count} clientes en {path} | Se ha guardado 1 cliente en {path} | Se han guardado {count} clientes en {path}',
    savedTreatments: 'Se han guardado {count} tratamientos en {path} | Se ha guardado 1 tratamiento en {path} | Se han guardado {count} tratamientos en {path}',
    failed: 'No se ha guardado el archivo',
    progress: 'Escribiendo {kind}: {rows} de {total} filas',
    progressKind: { clients: 'clientes', treatments: 'tratamientos' },
    personalData:
      'Estos archivos contienen datos personales y de salud de los clientes. Guárdelos en este ordenador o en un disco cifrado, no los envíe nunca por correo electrónico normal y bórrelos cuando ya no los necesite.'
  },
  import: {
    title: 'Importar clientes desde una hoja de cálculo',
    intro:
      'Incorpore clientes de otro sistema o de su propia lista: un libro de Excel (.xlsx) o un archivo CSV, tal como lo guarda Excel u otro programa. Primero comprueba lo que va a pasar: no se añade nada hasta que pulse Importar.',
    choose: 'Elegir un archivo…',
    file: 'Archivo: {name}',
    rows: '{count} filas | 1 fila | {count} filas',
    readingTitle: 'Cómo se ha leído su archivo',
    encoding: 'Caracteres',
    encodings: {
      utf8: 'UTF-8',
      utf16: 'UTF-16 (texto Unicode)',
      windows1252: 'Windows-1252 (Europa occidental)'
    },
    encodingReasons: {
      chosen: 'Según su elección. Si los acentos se ven mal en los ejemplos de abajo (Müller como MÃ¼ller o M�ller), elija otra.',
      byteOrderMark: 'Lo indica el propio archivo al principio.',
      utf8: 'Todos los caracteres del archivo se leen como UTF-8.',
      utf16: 'El archivo está organizado como UTF-16.',
      detected: 'El archivo no es UTF-8 y se lee como texto de Europa occidental. Si los acentos se ven mal en los ejemplos de abajo, elija otra.',
      unsure:
        'No es seguro: el archivo parece texto {detected}, que aquí no se puede leer. Revise los nombres de los ejemplos de abajo; si se ven mal, guarde la lista desde Excel como "CSV UTF-8" e importe ese archivo.'
    },
    delimiter: 'Columnas separadas por',
    delimiters: { comma: 'comas', semicolon: 'punto y coma', tab: 'tabuladores' },
    sheet: 'Hoja',
    headerRow: 'Nombres de columna',
    headerRowAt: 'en la línea {line}; las líneas anteriores se omiten',
    mappingTitle: 'Qué columna contiene qué',
    mappingIntro: 'Hemos asociado las columnas que reconocemos. Revise cada línea y elija una columna para las que falten.',
    field: 'Dato del cliente',
    column: 'Columna de su archivo',
    examples: 'Ejemplos de su archivo',
    notImported: 'No se importa',
    needed: 'obligatorio',
    noExamples: 'vacío en las primeras filas',
    dateOrder: 'En su archivo las fechas se escriben',
    dateOrders: {
      DMY: 'Día primero (31/12/1990)',
      MDY: 'Mes primero (12/31/1990)'
    },
    dateOrderReasons: {
      chosen: 'Según su elección.',
      file: '{example} de su archivo solo puede leerse así.',
      dots: 'Las fechas escritas con puntos, como {example}, llevan el día primero.',
      clinicCountry: 'Nada en su archivo lo decide: se leen como se escriben las fechas en {country}, el país de la clínica. Compruebe el ejemplo.',
      noAmbiguousDates: 'Ninguna fecha de su archivo depende de ello.'
    },
    dateExample: '{written} se lee como {read}.',
    dateUnread: '{written} no se puede leer como fecha.',
    checking: 'Comprobando el archivo…',
    chooseNames: 'Elija arriba las columnas que contienen el nombre y los apellidos: cada cliente necesita ambos.',
    chooseNamesOrSheet:
      'Elija arriba las columnas que contienen el nombre y los apellidos: cada cliente necesita ambos. Si la lista de clientes está en otra hoja del libro, elija antes esa hoja.',
    summaryTitle: 'Qué va a pasar',
    // What the preview says will happen, and what the import says did.
    report: {
      preview: {
        add: 'No se añadirá ningún cliente | Se añadirá 1 cliente | Se añadirán {count} clientes',
        known: '{count} ya están en el registro | 1 ya está en el registro | {count} ya están en el registro',
        repeated: '{count} repiten una fila anterior del archivo | 1 repite una fila anterior del archivo | {count} repiten una fila anterior del archivo',
        problem: '{count} filas tienen un problema | 1 fila tiene un problema | {count} filas tienen un problema',
        unreadPhones:
          '{count} números de teléfono no se pueden leer | 1 número de teléfono no se puede leer: se importará tal cual, para revisarlo | {count} números de teléfono no se pueden leer: se importarán tal cual, para revisarlos',
        skipped: 'Filas que se omitirán',
        phonesTitle: 'Teléfonos que revisar'
      },
      done: {
        add: 'No se ha añadido ningún cliente. | Se ha añadido 1 cliente al registro. | Se han añadido {count} clientes al registro.',
        known: '{count} ya estaban en el registro | 1 ya estaba en el registro | {count} ya estaban en el registro',
        repeated: '{count} repetían una fila anterior del archivo | 1 repetía una fila anterior del archivo | {count} repetían una fila anterior del archivo',
        problem: '{count} filas tenían un problema | 1 fila tenía un problema | {count} filas tenían un problema',
        unreadPhones:
          '{count} números de teléfono no se pudieron leer | 1 número de teléfono no se pudo leer: se importó tal cual, para revisarlo | {count} números de teléfono no se pudieron leer: se importaron tal cual, para revisarlos',
        skipped: 'Filas omitidas',
        phonesTitle: 'Teléfonos que revisar'
      }
    },
    line: 'Línea {row}',
    duplicate: 'Ya está en el registro ({reason})',
    unreadPhone: '«{phone}» no es un número que este puesto sepa leer: la ficha del cliente lo señala hasta que se corrija.',
    repeatedRow: 'Repite la línea {earlierRow} ({reason})',
    duplicateReasons: {
      sameEmail: 'mismo correo electrónico',
      sameNameAndBirthDate: 'mismo nombre y fecha de nacimiento'
    },
    lineHint: 'Los números de línea son los que muestra su hoja de cálculo.',
    run: 'No importar ningún cliente | Importar 1 cliente | Importar {count} clientes',
    cancel: 'Cancelar',
    importingRows: 'Añadiendo {count} clientes al registro… | Añadiendo 1 cliente al registro… | Añadiendo {count} clientes al registro…',
    doneTitle: 'Importación terminada',
    another: 'Importar otro archivo',
    openRegister: 'Abrir el registro',
    fields: {
      givenName: 'Nombre',
      familyName: 'Apellidos',
      dateOfBirth: 'Fecha de nacimiento',
      phone: 'Teléfono',
      email: 'Correo electrónico',
      skinType: 'Fototipo (Fitzpatrick)',
      language: 'Idioma de la hoja de cuidados',
      notes: 'Notas'
    }
  },
  privacy: {
    title: 'Privacidad',
    audit: 'El registro de auditoría muestra quién consultó, modificó, exportó, imprimió o copió fichas de clientes, y cuándo.',
    openAudit: 'Abrir el registro de auditoría',
    oneClient:
      'Cuando un cliente pida una copia de sus datos o su supresión, abra su ficha desde el Registro: ambas opciones están allí.'
  },
  retention: {
    title: 'Conservación de datos',
    intro: 'Cuánto tiempo conserva la clínica los datos de un cliente desde su último tratamiento, y los clientes cuyo plazo ha terminado, para que usted los revise.',
    countries: {
      GB: 'Reino Unido (8 años)',
      DE: 'Alemania (10 años)',
      other: 'Otro país (10 años salvo que indique otro plazo)'
    },
    rules: 'Normas de: {rules}. Siguen el país de la clínica ({country}), que se fija en Ajustes de la clínica.',
    years: 'Años desde el último tratamiento',
    yearsHint: 'Déjelo vacío para el plazo habitual del país.',
    save: 'Guardar',
    saved: 'Conservación de datos guardada: {years} años',
    ended: 'Plazo de conservación terminado',
    endedCount: 'El plazo de ningún cliente ha terminado | El plazo de 1 cliente ha terminado | El plazo de {count} clientes ha terminado',
    more: 'Se muestran los {count} primeros. Revise estos primero; hay más.',
    none: 'El plazo de conservación de ningún cliente ha terminado.',
    columns: {
      client: 'Cliente',
      countsFrom: 'Contado desde',
      ended: 'Terminó el'
    },
    fromTreatment: 'último tratamiento, {date}',
    fromRecord: 'ficha creada el {date} (sin tratamientos)',
    reviewHint: 'Abra un cliente para exportar sus datos o suprimirlo. No se suprime nada automáticamente.'
  }
} satisfies MessageSchema['dataPrivacy']
