/** The simulated tenant: a local stand-in for Microsoft Graph's authentication-methods API and the Entra token endpoint. */
export { ALTERNATE_MOBILE_PHONE_ID, EMAIL_METHOD_ID, MOBILE_PHONE_ID, ODATA, OFFICE_PHONE_ID, PASSWORD_METHOD_ID, type SimMethod } from './model.js';
export { ACCESS_DENIED, AUTH_ERRORS } from './reply.js';
export { believableMethods } from './seed.js';
export { startSimulator, type RecordedRequest, type RunningSimulator, type SimulatorOptions } from './server.js';
export { SimulatedTenant } from './tenant.js';
export { MFA_ALL_APPS_POLICY, REGISTER_SECURITY_INFO_POLICY, SimulatedPolicies } from './policies.js';
export type { SentMail } from './after.js';
export {
  configureDemoHelpdesk,
  demoUserId,
  DEMO_HELPDESK_GROUP_ID,
  DEMO_PRIVILEGED_GROUP_ID,
  DEMO_TEAMS_APP_ID,
  DEMO_TIER0_GROUP_ID,
  ROLE as DEMO_ROLES,
  SimulatedDirectory,
} from './directory.js';
