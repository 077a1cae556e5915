import type { AccountKeys } from "./model";
import { ALPHANUMERIC, createRng, HEX, pick, type Rng, randomChars, randomInt } from "./random";

// The account identity (login = nichandle, password for the validation page) and the
// nichandle.Nichandle answered by GET /me.

const firstnames = ["Camille", "Louis", "Chloé", "Hugo", "Léa", "Jules", "Inès", "Noah", "Zoé", "Arthur"];
const lastnames = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"];
const cities = [
  ["Roubaix", "59100"],
  ["Lyon", "69002"],
  ["Paris", "75011"],
  ["Bordeaux", "33000"],
  ["Nantes", "44000"],
] as const;

/** Keys and identity come from their own stream, so data sizes never shift them. */
export function deriveAccountKeys(keySalt: string): AccountKeys {
  const keyRng = createRng(`keys:${keySalt}`);
  const applicationKey = randomChars(keyRng, 16, ALPHANUMERIC);
  const applicationSecret = randomChars(keyRng, 32, ALPHANUMERIC);
  const consumerKey = randomChars(keyRng, 32, HEX);
  const idRng = createRng(`identity:${keySalt}`);
  const nichandle = `${randomChars(idRng, 2, "abcdefghijklmnopqrstuvwxyz")}${randomInt(idRng, 10_000, 99_999)}-ovh`;
  const password = `emulator-${randomChars(idRng, 10, ALPHANUMERIC)}`;
  return { applicationKey, applicationSecret, consumerKey, login: nichandle, password, nichandle };
}

/** The key stream positioned after the dashboard keys, for the other applications and credentials. */
export function keyStreamAfterDashboard(keySalt: string): Rng {
  const keyRng = createRng(`keys:${keySalt}`);
  randomChars(keyRng, 16 + 32 + 32, HEX);
  return keyRng;
}

export type Nichandle = Record<string, unknown> & { nichandle: string; email: string };

export function buildProfile(rng: Rng, nichandle: string): Nichandle {
  const firstname = pick(rng, firstnames);
  const name = pick(rng, lastnames);
  const [city, zip] = pick(rng, cities);
  const ascii = (text: string) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  return {
    address: `${randomInt(rng, 1, 120)} rue de la Paix`,
    area: null,
    birthCity: null,
    birthDay: null,
    city,
    companyNationalIdentificationNumber: null,
    complementaryAddress: null,
    corporationType: null,
    country: "FR",
    currency: { code: "EUR", symbol: "EURO" },
    customerCode: `${randomInt(rng, 1000, 9999)}-${randomInt(rng, 1000, 9999)}-${randomInt(rng, 10, 99)}`,
    email: `${ascii(firstname)}.${ascii(name)}@example.com`,
    fax: null,
    firstname,
    italianSDI: null,
    kycValidated: rng() < 0.5,
    language: "fr_FR",
    legalform: "individual",
    name,
    nationalIdentificationNumber: null,
    nichandle,
    organisation: "",
    ovhCompany: "ovh",
    ovhSubsidiary: "FR",
    phone: `+33.${randomInt(rng, 100_000_000, 799_999_999)}`,
    phoneCountry: "FR",
    phoneType: "mobile",
    purposeOfPurchase: null,
    sex: null,
    spareEmail: null,
    state: "complete",
    vat: "",
    zip,
  };
}
