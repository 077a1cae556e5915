import { formatOvhDate, formatOvhDateOrNull } from "./datetime";
import { refreshStatus, type StoredApplication, type StoredCredential } from "./model";

// OVH wire shapes (auth.ApiCredential, auth.ApiApplication) of the stored records.

export function credentialJson(credential: StoredCredential, nowMs: number) {
  refreshStatus(credential, nowMs);
  return {
    allowedIPs: credential.allowedIPs ? [...credential.allowedIPs] : null,
    applicationId: credential.applicationId,
    creation: formatOvhDate(credential.creation),
    credentialId: credential.credentialId,
    expiration: formatOvhDateOrNull(credential.expiration),
    lastUse: formatOvhDateOrNull(credential.lastUse),
    ovhSupport: credential.ovhSupport,
    rules: credential.rules.map((rule) => ({ method: rule.method, path: rule.path })),
    status: credential.status,
  };
}

export function applicationJson(application: StoredApplication) {
  return {
    applicationId: application.applicationId,
    applicationKey: application.applicationKey,
    description: application.description,
    name: application.name,
    status: application.status,
  };
}
