/**
 * The per-example settings for generating a sample's register and roster (`people.json` beside the
 * example's TSV files). Everything particular to a ward lives there, not in code.
 */

export interface ListedPerson {
  /** A name from the `Thành phần` tab whose method is "Theo danh sách". */
  category: string;
  salutation: string;
  fullName: string;
  title: string;
  unit: string;
  note: string;
  /** Forces attendance (chairs, secretary); otherwise drawn like everyone else. */
  present: boolean;
  /** Gets no invitation (the chairs, the signer of the invitations). */
  noInvitation: boolean;
}

export interface SamplePeopleConfig {
  seed: number;
  /** How many rows the register gets, spread over every TDP. */
  residents: number;
  /** The conference's year: ages are counted from it. */
  referenceYear: number;
  cccdProvinceCode: string;
  cmndPrefix: string;
  /** Invented street names; neighbouring TDP share streets. */
  streets: string[];
  /** Check-in window, HH:mm. */
  arrival: { from: string; to: string };
  presentShare: number;
  invitedShare: number;
  register: { yearOnlyShare: number; cmndShare: number; noIdShare: number; noPhoneShare: number };
  /** Salutation per role for per-KDC/per-TDP categories; others get Ông/Bà by gender. */
  roleSalutation: Record<string, string>;
  listed: ListedPerson[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function field<T>(obj: Json, key: string, check: (v: unknown) => v is T, what: string, where: string): T {
  const value = obj[key];
  if (!check(value)) throw new Error(`${where}: “${key}” must be ${what}`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isShare = (v: unknown): v is number => isNumber(v) && v >= 0 && v <= 1;
const isBoolean = (v: unknown): v is boolean => typeof v === "boolean";
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isTime = (v: unknown): v is string => isString(v) && /^\d{2}:\d{2}$/.test(v);
const isDigits = (v: unknown): v is string => isString(v) && /^\d+$/.test(v);

/** Checks the parsed JSON of `people.json`; `where` names the file in errors. */
export function parseSamplePeopleConfig(json: unknown, where: string): SamplePeopleConfig {
  if (!isObject(json)) throw new Error(`${where}: expected a JSON object`);
  const arrival = field(json, "arrival", isObject, "an object", where);
  const register = field(json, "register", isObject, "an object", where);
  const roleSalutation = field(json, "roleSalutation", isObject, "an object", where);
  const listed = field(json, "listed", Array.isArray, "a list", where);
  const streets = field(json, "streets", isStrings, "a list of text", where);
  if (streets.length === 0) throw new Error(`${where}: “streets” is empty`);
  return {
    seed: field(json, "seed", isNumber, "a number", where),
    residents: field(json, "residents", isNumber, "a number", where),
    referenceYear: field(json, "referenceYear", isNumber, "a number", where),
    cccdProvinceCode: field(json, "cccdProvinceCode", isDigits, "digits", where),
    cmndPrefix: field(json, "cmndPrefix", isDigits, "digits", where),
    streets,
    arrival: {
      from: field(arrival, "from", isTime, "HH:mm", `${where} arrival`),
      to: field(arrival, "to", isTime, "HH:mm", `${where} arrival`),
    },
    presentShare: field(json, "presentShare", isShare, "a share 0..1", where),
    invitedShare: field(json, "invitedShare", isShare, "a share 0..1", where),
    register: {
      yearOnlyShare: field(register, "yearOnlyShare", isShare, "a share 0..1", `${where} register`),
      cmndShare: field(register, "cmndShare", isShare, "a share 0..1", `${where} register`),
      noIdShare: field(register, "noIdShare", isShare, "a share 0..1", `${where} register`),
      noPhoneShare: field(register, "noPhoneShare", isShare, "a share 0..1", `${where} register`),
    },
    roleSalutation: Object.fromEntries(
      Object.entries(roleSalutation).map(([role, value]) => {
        if (!isString(value)) throw new Error(`${where}: roleSalutation “${role}” must be text`);
        return [role, value];
      }),
    ),
    listed: listed.map((entry: unknown, index) => {
      const at = `${where} listed[${index}]`;
      if (!isObject(entry)) throw new Error(`${at}: expected an object`);
      const optional = (key: string) =>
        entry[key] === undefined ? "" : field(entry, key, isString, "text", at);
      return {
        category: field(entry, "category", isString, "text", at),
        salutation: field(entry, "salutation", isString, "text", at),
        fullName: field(entry, "fullName", isString, "text", at),
        title: field(entry, "title", isString, "text", at),
        unit: optional("unit"),
        note: optional("note"),
        present: entry.present === undefined ? false : field(entry, "present", isBoolean, "true/false", at),
        noInvitation:
          entry.noInvitation === undefined
            ? false
            : field(entry, "noInvitation", isBoolean, "true/false", at),
      };
    }),
  };
}
