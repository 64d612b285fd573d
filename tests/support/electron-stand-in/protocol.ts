// What passes between a test and the Electron stand-in (electron.ts) in the app's process.

type Rectangle = { x: number; y: number; width: number; height: number }

/** How "Electron" behaves in one run, set by the test before the app starts. */
export interface StandInScript {
  /** app.getAppPath(): the project folder, as when `electron .` runs it. */
  appPath: string
  /** Where app.getPath('userData') points until the app sets it. */
  userData: string
  version: string
  /**
   * app.isPackaged. True by default: a packaged app uses the better-sqlite3 its installer
   * rebuilt, which under Node is node_modules' own build, the one that runs here.
   */
  isPackaged?: boolean
  /** app.getPreferredSystemLanguages(): the computer's languages, first preferred; en-GB by default. */
  systemLanguages?: string[]
  /** false: another Aftercare Desk already holds the lock. */
  singleInstanceLock?: boolean
  /** The work areas of the connected screens, the first one primary. */
  displays?: Rectangle[]
  /**
   * The system's key store behind safeStorage: a Linux secret service by default; 'basic_text'
   * is Linux with none (Chromium's built-in key), 'none' a system with no encryption at all.
   */
  keyStore?: 'gnome_libsecret' | 'basic_text' | 'none'
  /** The person's answers, in order: the button index of each message box, the files chosen. */
  dialogAnswers?: { messageBox?: number[]; open?: string[][]; save?: string[] }
}

/** The frame an IPC message comes from, as Electron gives it in `event.senderFrame`. */
export interface SenderFrame {
  url: string
  parent: { url: string } | null
}

export type StandInCommand =
  | { do: 'invoke'; window: number; channel: string; senderFrame: SenderFrame | null; args: unknown[] }
  | {
      /** An event the app may cancel: a navigation, or a page holding the window as it closes. */
      do: 'cancellable-event'
      window: number
      event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect' | 'will-attach-webview' | 'will-prevent-unload'
      url?: string
      isMainFrame?: boolean
      initiatorUrl?: string
    }
  | { do: 'open-window'; window: number; url: string }
  | { do: 'ask-permission'; permission: string }
  | { do: 'request'; url: string }
  | { do: 'click-menu'; id: string }
  | { do: 'move-window'; window: number; bounds: Rectangle; maximized?: boolean }
  | { do: 'close-window'; window: number }
  | { do: 'minimize'; window: number }
  | { do: 'second-instance' }
  | { do: 'fail-later'; as: 'exception' | 'rejection'; message: string }

export type StandInEvent =
  | { event: 'answer'; id: number; result?: unknown; error?: string }
  | { event: 'send'; window: number; channel: string; args: unknown[] }
  | { event: 'loaded'; window: number; url: string }
