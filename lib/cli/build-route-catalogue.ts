// Writes lib/access-rules/route-catalogue.json, the path autocomplete source of the token-request
// form: every route of the shared OVH schemas (auth.json, me-api.json) plus the common routes
// listed below. Run with `npx tsx lib/cli/build-route-catalogue.ts [schemaDir]`.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const methodOrder = ["GET", "POST", "PUT", "DELETE"] as const;
type Method = (typeof methodOrder)[number];

// Frequently granted routes outside the shared schemas, written "METHODS path" (OVH API v1 names).
const bundled = `
GET /domain
GET,PUT /domain/{serviceName}
GET,PUT /domain/{serviceName}/serviceInfos
GET,POST /domain/{serviceName}/nameServer
GET,DELETE /domain/{serviceName}/nameServer/{id}
POST /domain/{serviceName}/nameServers/update
GET,POST /domain/{serviceName}/dsRecord
GET,POST /domain/{serviceName}/glueRecord
GET /domain/{serviceName}/task
GET /domain/zone
GET /domain/zone/{zoneName}
GET /domain/zone/{zoneName}/status
GET,PUT /domain/zone/{zoneName}/serviceInfos
GET,POST /domain/zone/{zoneName}/record
GET,PUT,DELETE /domain/zone/{zoneName}/record/{id}
POST /domain/zone/{zoneName}/refresh
GET /domain/zone/{zoneName}/export
POST /domain/zone/{zoneName}/import
POST /domain/zone/{zoneName}/reset
GET /domain/zone/{zoneName}/history
GET,PUT /domain/zone/{zoneName}/soa
GET,POST,DELETE /domain/zone/{zoneName}/dnssec
GET,POST /domain/zone/{zoneName}/redirection
GET,PUT,DELETE /domain/zone/{zoneName}/redirection/{id}
GET,POST /domain/zone/{zoneName}/dynHost/record
GET,PUT,DELETE /domain/zone/{zoneName}/dynHost/record/{id}
GET,POST /domain/zone/{zoneName}/dynHost/login
GET /domain/zone/{zoneName}/task
GET /dedicated/server
GET,PUT /dedicated/server/{serviceName}
GET,PUT /dedicated/server/{serviceName}/serviceInfos
POST /dedicated/server/{serviceName}/reboot
POST /dedicated/server/{serviceName}/reinstall
POST /dedicated/server/{serviceName}/install/start
GET /dedicated/server/{serviceName}/install/status
GET /dedicated/server/{serviceName}/task
GET /dedicated/server/{serviceName}/task/{taskId}
GET /dedicated/server/{serviceName}/ips
GET /dedicated/server/{serviceName}/boot
GET /dedicated/server/{serviceName}/specifications/hardware
GET /dedicated/server/{serviceName}/specifications/network
GET /dedicated/server/{serviceName}/networkInterfaceController
GET,POST /dedicated/server/{serviceName}/secondaryDnsDomains
GET,POST /dedicated/server/{serviceName}/virtualMac
GET /dedicated/server/{serviceName}/intervention
POST /dedicated/server/{serviceName}/terminate
GET /vps
GET,PUT /vps/{serviceName}
GET,PUT /vps/{serviceName}/serviceInfos
POST /vps/{serviceName}/reboot
POST /vps/{serviceName}/start
POST /vps/{serviceName}/stop
POST /vps/{serviceName}/rebuild
GET /vps/{serviceName}/ips
GET,PUT /vps/{serviceName}/ips/{ipAddress}
GET /vps/{serviceName}/images/available
GET /vps/{serviceName}/datacenter
GET /vps/{serviceName}/disks
GET,PUT,DELETE /vps/{serviceName}/snapshot
POST /vps/{serviceName}/createSnapshot
GET /vps/{serviceName}/automatedBackup
GET /vps/{serviceName}/automatedBackup/restorePoints
GET /vps/{serviceName}/tasks
GET /vps/{serviceName}/tasks/{id}
POST /vps/{serviceName}/terminate
GET /cloud/project
GET,PUT /cloud/project/{serviceName}
GET,POST /cloud/project/{serviceName}/instance
GET,PUT,DELETE /cloud/project/{serviceName}/instance/{instanceId}
POST /cloud/project/{serviceName}/instance/{instanceId}/reboot
POST /cloud/project/{serviceName}/instance/{instanceId}/start
POST /cloud/project/{serviceName}/instance/{instanceId}/stop
POST /cloud/project/{serviceName}/instance/{instanceId}/snapshot
GET,POST /cloud/project/{serviceName}/volume
GET,PUT,DELETE /cloud/project/{serviceName}/volume/{volumeId}
GET /cloud/project/{serviceName}/volume/snapshot
GET /cloud/project/{serviceName}/snapshot
GET,POST /cloud/project/{serviceName}/sshkey
GET,DELETE /cloud/project/{serviceName}/sshkey/{keyId}
GET /cloud/project/{serviceName}/flavor
GET /cloud/project/{serviceName}/image
GET /cloud/project/{serviceName}/region
GET /cloud/project/{serviceName}/quota
GET,POST /cloud/project/{serviceName}/user
GET,DELETE /cloud/project/{serviceName}/user/{userId}
GET,POST /cloud/project/{serviceName}/network/private
GET,POST /cloud/project/{serviceName}/kube
GET,PUT,DELETE /cloud/project/{serviceName}/kube/{kubeId}
POST /cloud/project/{serviceName}/kube/{kubeId}/kubeconfig
GET,POST /cloud/project/{serviceName}/kube/{kubeId}/nodepool
GET /cloud/project/{serviceName}/storage
GET /cloud/project/{serviceName}/database/service
GET /cloud/project/{serviceName}/usage/current
GET /ip
GET,PUT /ip/{ip}
GET,POST /ip/{ip}/reverse
GET,DELETE /ip/{ip}/reverse/{ipReverse}
GET,POST /ip/{ip}/firewall
GET,PUT,DELETE /ip/{ip}/firewall/{ipOnFirewall}
GET,POST /ip/{ip}/firewall/{ipOnFirewall}/rule
GET /ip/{ip}/mitigation
GET,POST /ip/{ip}/move
GET /ip/{ip}/task
GET /me/bill
GET /me/bill/{billId}
GET /me/bill/{billId}/details
GET /me/order
GET /me/order/{orderId}
GET /me/order/{orderId}/details
POST /me/order/{orderId}/payWithRegisteredPaymentMean
GET /me/debtAccount
GET /me/debtAccount/debt
POST /me/debtAccount/pay
GET /me/deposit
GET /me/refund
GET /me/ovhAccount
GET /me/fidelityAccount
GET /me/consumption/usage/current
GET /me/payment/method
GET,PUT,DELETE /me/payment/method/{paymentMethodId}
GET /me/agreements
GET,POST /me/sshKey
GET,PUT,DELETE /me/sshKey/{key}
GET,POST /me/accessRestriction/ip
GET,PUT,DELETE /me/accessRestriction/ip/{id}
GET,POST /me/accessRestriction/totp
GET,POST /me/identity/user
GET,PUT,DELETE /me/identity/user/{user}
GET,POST /me/identity/group
GET,POST /me/subAccount
POST /me/subAccount/{id}/createConsumerKey
GET,POST /me/contact
GET /me/certificates
GET,POST /me/installationTemplate
GET /services
GET /services/{serviceId}
POST /services/{serviceId}/terminate
GET,POST /order/cart
GET,DELETE /order/cart/{cartId}
POST /order/cart/{cartId}/assign
GET,POST /order/cart/{cartId}/checkout
GET,POST /order/cart/{cartId}/item
GET,PUT,DELETE /order/cart/{cartId}/item/{itemId}
GET /email/domain
GET /email/domain/{domain}
GET /email/domain/{domain}/summary
GET,POST /email/domain/{domain}/account
GET,PUT,DELETE /email/domain/{domain}/account/{accountName}
POST /email/domain/{domain}/account/{accountName}/changePassword
GET,POST /email/domain/{domain}/redirection
GET,DELETE /email/domain/{domain}/redirection/{id}
GET,POST /email/domain/{domain}/mailingList
GET,POST /email/domain/{domain}/responder
GET /hosting/web
GET,PUT /hosting/web/{serviceName}
GET,PUT /hosting/web/{serviceName}/serviceInfos
GET,POST /hosting/web/{serviceName}/attachedDomain
GET,PUT,DELETE /hosting/web/{serviceName}/attachedDomain/{domain}
GET,POST /hosting/web/{serviceName}/database
GET,DELETE /hosting/web/{serviceName}/database/{name}
GET,POST /hosting/web/{serviceName}/database/{name}/dump
GET,POST /hosting/web/{serviceName}/user
GET,PUT,DELETE /hosting/web/{serviceName}/user/{login}
GET,POST,DELETE /hosting/web/{serviceName}/ssl
POST /hosting/web/{serviceName}/ssl/regenerate
GET,POST /hosting/web/{serviceName}/cron
GET /hosting/web/{serviceName}/tasks
GET /dbaas/logs
GET /dbaas/logs/{serviceName}
GET,POST /dbaas/logs/{serviceName}/input
GET,POST /dbaas/logs/{serviceName}/output/graylog/stream
GET,PUT,DELETE /dbaas/logs/{serviceName}/output/graylog/stream/{streamId}
GET /dbaas/logs/{serviceName}/operation/{operationId}
GET /sms
GET,PUT /sms/{serviceName}
GET,POST /sms/{serviceName}/jobs
GET,DELETE /sms/{serviceName}/jobs/{id}
GET /sms/{serviceName}/outgoing
GET,DELETE /sms/{serviceName}/outgoing/{id}
GET /sms/{serviceName}/incoming
GET,POST /sms/{serviceName}/senders
GET,PUT,DELETE /sms/{serviceName}/senders/{sender}
GET,POST /sms/{serviceName}/users
GET,POST /sms/{serviceName}/users/{login}/jobs
GET /telephony
GET,PUT /telephony/{billingAccount}
GET /telephony/{billingAccount}/line
GET,PUT /telephony/{billingAccount}/line/{serviceName}
GET /telephony/{billingAccount}/number
GET /telephony/{billingAccount}/service/{serviceName}/voiceConsumption
GET /license/windows
GET /license/windows/{serviceName}
GET /license/cpanel
GET /license/cpanel/{serviceName}
GET /license/plesk
GET /license/plesk/{serviceName}
GET /license/directadmin
GET /license/sqlserver
GET /vrack
GET /vrack/{serviceName}
GET,POST /vrack/{serviceName}/ip
GET /dedicatedCloud
GET /dedicatedCloud/{serviceName}
GET /ipLoadbalancing
GET /ipLoadbalancing/{serviceName}
POST /ipLoadbalancing/{serviceName}/refresh
GET,POST /ipLoadbalancing/{serviceName}/http/farm
GET,POST /ipLoadbalancing/{serviceName}/http/frontend
GET /xdsl
GET /xdsl/{serviceName}
`;

const nativeSchema = z.object({
  apis: z.array(z.object({ path: z.string(), operations: z.array(z.object({ httpMethod: z.enum(methodOrder) })) })),
});

function schemaRoutes(file: string): [string, Method[]][] {
  const schema = nativeSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  return schema.apis.map((api) => [api.path, api.operations.map((operation) => operation.httpMethod)]);
}

function bundledRoutes(): [string, Method[]][] {
  return bundled
    .trim()
    .split("\n")
    .map((line) => {
      const [methods = "", path = ""] = line.trim().split(/\s+/);
      return [path, z.array(z.enum(methodOrder)).parse(methods.split(","))];
    });
}

const here = dirname(fileURLToPath(import.meta.url));
const schemaDir = process.argv[2] ?? join(here, "../../../shared/ovh-api");
const merged = new Map<string, Set<Method>>();
for (const [path, methods] of [
  ...schemaRoutes(join(schemaDir, "auth.json")),
  ...schemaRoutes(join(schemaDir, "me-api.json")),
  ...bundledRoutes(),
]) {
  const set = merged.get(path) ?? new Set<Method>();
  for (const method of methods) set.add(method);
  merged.set(path, set);
}

// One route per line in the shape Biome's formatter keeps, so regenerating yields no diff.
const lines = [...merged.keys()].sort().map((path) => {
  const methods = methodOrder.filter((method) => merged.get(path)?.has(method));
  return `    { "path": ${JSON.stringify(path)}, "methods": [${methods.map((m) => `"${m}"`).join(", ")}] }`;
});
const output = join(here, "../access-rules/route-catalogue.json");
writeFileSync(output, `{\n  "routes": [\n${lines.join(",\n")}\n  ]\n}\n`);
console.log(`Wrote ${lines.length} routes to ${output}`);
