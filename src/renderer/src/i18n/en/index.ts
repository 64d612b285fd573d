import clientForm from './client-form'
import client from './client'
import common from './common'
import handouts from './handouts'
import register from './register'
import shell from './shell'
import today from './today'
import treatmentForm from './treatment-form'
import vocabulary from './vocabulary'
import settings from './settings'
import protocolEditor from './protocol-editor'
import dataPrivacy from './data-privacy'
import audit from './audit'
import registerLocation from './register-location'
import desk from './desk'
import staff from './staff'

/** Every English string of the desk, one file per screen. */
export default { common, shell, register, client, clientForm, treatmentForm, today, vocabulary, settings, protocolEditor, handouts, dataPrivacy, audit, registerLocation, desk, staff }
