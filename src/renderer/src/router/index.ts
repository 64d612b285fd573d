import { createRouter, createWebHashHistory } from 'vue-router'
import type { MessageSchema } from '../i18n'
import RegisterView from '../register/RegisterView.vue'
import type { DeskCapability } from '../staff/desk-session-store'

// The register is the first screen and ships with the app's first script; every other
// screen loads when it is first opened.
const ClientView = () => import('../client/ClientView.vue')
const ClientFormView = () => import('../client-form/ClientFormView.vue')
const TreatmentFormView = () => import('../treatment-form/TreatmentFormView.vue')
const TodayView = () => import('../today/TodayView.vue')
const RecallsView = () => import('../recalls/RecallsView.vue')
const ClinicSettingsView = () => import('../settings/ClinicSettingsView.vue')
const ProtocolEditorView = () => import('../protocol-editor/ProtocolEditorView.vue')
const ScreeningEditorView = () => import('../screening-editor/ScreeningEditorView.vue')
const RegisterLocationView = () => import('../register-location/RegisterLocationView.vue')
const StaffView = () => import('../staff/StaffView.vue')
const DataPrivacyView = () => import('../data-privacy/DataPrivacyView.vue')
const AuditLogView = () => import('../audit/AuditLogView.vue')

declare module 'vue-router' {
  interface RouteMeta {
    /** The window title, a key of shell.titles in the messages. */
    title: keyof MessageSchema['shell']['titles']
    /** What the screen is for, when not everyone at the desk may do it: it is not shown to the others. */
    needs?: DeskCapability
  }
}

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'register', component: RegisterView, meta: { title: 'register' } },
    { path: '/today', name: 'today', component: TodayView, meta: { title: 'today' } },
    { path: '/recalls', name: 'recalls', component: RecallsView, meta: { title: 'recalls' } },
    { path: '/clients/new', name: 'client-new', component: ClientFormView, meta: { title: 'newClient' } },
    { path: '/clients/:id', name: 'client', component: ClientView, props: true, meta: { title: 'client' } },
    {
      path: '/clients/:id/edit',
      name: 'client-edit',
      component: ClientFormView,
      props: true,
      meta: { title: 'editClient' }
    },
    {
      path: '/clients/:id/treatments/new',
      name: 'treatment-new',
      component: TreatmentFormView,
      props: true,
      meta: { title: 'recordTreatment' }
    },
    { path: '/settings/clinic', name: 'settings', component: ClinicSettingsView, meta: { title: 'settings', needs: 'settings.update' } },
    { path: '/settings/protocol', name: 'protocol', component: ProtocolEditorView, meta: { title: 'protocol', needs: 'protocol.save' } },
    {
      path: '/settings/screening',
      name: 'screening-editor',
      component: ScreeningEditorView,
      meta: { title: 'screeningEditor', needs: 'screening.save' }
    },
    { path: '/settings/staff', name: 'staff', component: StaffView, meta: { title: 'staff', needs: 'staff.list' } },
    {
      path: '/settings/register-location',
      name: 'register-location',
      component: RegisterLocationView,
      meta: { title: 'registerLocation', needs: 'moveRegister' }
    },
    { path: '/data', name: 'data', component: DataPrivacyView, meta: { title: 'data', needs: 'backups.list' } },
    { path: '/data/audit', name: 'audit', component: AuditLogView, meta: { title: 'audit', needs: 'audit.list' } },
    { path: '/:unknown(.*)*', redirect: '/' }
  ]
})

// The screens a front desk opens all day are fetched once the first screen is up and the
// page is idle, so the first "Record treatment" of the day does not wait for its script.
void router.isReady().then(() =>
  requestIdleCallback(() => {
    for (const load of [ClientView, TreatmentFormView, ClientFormView, TodayView]) void load()
  })
)
