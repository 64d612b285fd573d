import type { HandoutLanguage } from '@shared/register/vocabulary'

/** Every word of the application menu and its About box, in each language of the desk. */
export interface MenuWords {
  file: string
  newClient: string
  findClient: string
  lockDesk: string
  quit: string
  close: string
  edit: string
  undo: string
  redo: string
  cut: string
  copy: string
  paste: string
  selectAll: string
  view: string
  actualSize: string
  zoomIn: string
  zoomOut: string
  fullScreen: string
  developerTools: string
  help: string
  about: string
  /** macOS's application menu: Electron's roles word these in English unless given. */
  services: string
  hide: string
  hideOthers: string
  showAll: string
  quitApp: string
  aboutDetail: string
  ok: string
}

export const MENU_WORDS: Record<HandoutLanguage, MenuWords> = {
  en: {
    file: '&File',
    newClient: 'New Client',
    findClient: 'Find Client',
    lockDesk: 'Lock Desk',
    quit: 'Quit',
    close: 'Close Window',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    developerTools: 'Developer Tools',
    help: '&Help',
    about: 'About Aftercare Desk',
    services: 'Services',
    hide: 'Hide Aftercare Desk',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quitApp: 'Quit Aftercare Desk',
    aboutDetail:
      'The front-desk register and microneedling aftercare handouts for your clinic.\n' +
      'Everything stays on this computer: no internet connection is used.',
    ok: 'OK'
  },
  es: {
    file: '&Archivo',
    newClient: 'Nuevo cliente',
    findClient: 'Buscar cliente',
    lockDesk: 'Bloquear puesto',
    quit: 'Salir',
    close: 'Cerrar ventana',
    edit: '&Edición',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    view: '&Ver',
    actualSize: 'Tamaño real',
    zoomIn: 'Ampliar',
    zoomOut: 'Reducir',
    fullScreen: 'Pantalla completa',
    developerTools: 'Herramientas de desarrollo',
    help: 'Ay&uda',
    about: 'Acerca de Aftercare Desk',
    services: 'Servicios',
    hide: 'Ocultar Aftercare Desk',
    hideOthers: 'Ocultar otros',
    showAll: 'Mostrar todo',
    quitApp: 'Salir de Aftercare Desk',
    aboutDetail:
      'El registro del mostrador y las hojas de cuidados posteriores al microneedling de su clínica.\n' +
      'Todo se queda en este ordenador: no se usa ninguna conexión a internet.',
    ok: 'Aceptar'
  },
  fr: {
    file: '&Fichier',
    newClient: 'Nouveau client',
    findClient: 'Rechercher un client',
    lockDesk: 'Verrouiller le poste',
    quit: 'Quitter',
    close: 'Fermer la fenêtre',
    edit: 'É&dition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: '&Affichage',
    actualSize: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fullScreen: 'Plein écran',
    developerTools: 'Outils de développement',
    help: '&Aide',
    about: 'À propos d’Aftercare Desk',
    services: 'Services',
    hide: 'Masquer Aftercare Desk',
    hideOthers: 'Masquer les autres',
    showAll: 'Tout afficher',
    quitApp: 'Quitter Aftercare Desk',
    aboutDetail:
      'Le registre de l’accueil et les fiches de soins post-microneedling de votre cabinet.\n' +
      'Tout reste sur cet ordinateur : aucune connexion internet n’est utilisée.',
    ok: 'OK'
  },
  de: {
    file: '&Datei',
    newClient: 'Neuer Kunde',
    findClient: 'Kunden suchen',
    lockDesk: 'Platz sperren',
    quit: 'Beenden',
    close: 'Fenster schließen',
    edit: '&Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    view: '&Ansicht',
    actualSize: 'Originalgröße',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    fullScreen: 'Vollbild',
    developerTools: 'Entwicklerwerkzeuge',
    help: '&Hilfe',
    about: 'Über Aftercare Desk',
    services: 'Dienste',
    hide: 'Aftercare Desk ausblenden',
    hideOthers: 'Andere ausblenden',
    showAll: 'Alle einblenden',
    quitApp: 'Aftercare Desk beenden',
    aboutDetail:
      'Die Kundenkartei am Empfang und die Nachsorge-Merkblätter zum Microneedling für Ihre Praxis.\n' +
      'Alles bleibt auf diesem Computer: Es wird keine Internetverbindung genutzt.',
    ok: 'OK'
  }
}
