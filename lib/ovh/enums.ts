// OVH's enums as plain constants, free of zod, so browser code can import them without the validator.

export const httpMethods = ["GET", "POST", "PUT", "DELETE"] as const;
export type HttpMethod = (typeof httpMethods)[number];

export const credentialStatuses = ["validated", "pendingValidation", "expired", "refused"] as const;
export type CredentialStatus = (typeof credentialStatuses)[number];

export const applicationStatuses = ["active", "blocked", "inactive", "trusted"] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];
