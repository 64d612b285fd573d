import type en from './en'

/** The shape of the desk's messages: English's keys, which every other language must have, and no more. */
export type MessageSchema = typeof en
