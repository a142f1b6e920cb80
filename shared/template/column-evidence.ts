/**
 * Whether a column's values fit a template field: +1 they confirm it, -1 they contradict it, 0 the
 * sample says nothing either way (no values, or values any field could hold). Thresholds are
 * shares of the sampled cells, loose enough for the typos and blanks of real lists.
 */
import type { Field, Template } from './schema';
import type { ColumnProfile } from './column-profile';

export type Fit = -1 | 0 | 1;

/** Fewer sampled values than this say nothing: one bad email in a one-row sheet is still an email column. */
const MIN_SAMPLE = 3;
/** A share this large of one recognisable shape (not free text) tells what a column holds instead. */
const OTHER_SHAPE = 0.5;

/** The field that holds organisation names: role `company`, else a text field keyed `company`. */
export function companyField(template: Template): Field | undefined {
  return (
    template.fields.find((f) => f.role === 'company') ??
    template.fields.find((f) => f.key === 'company' && f.kind === 'text')
  );
}

/** The field for the person to talk to at a company customer: role `contactPerson`, else a person-name field keyed `contact`. */
export function contactField(template: Template): Field | undefined {
  return (
    template.fields.find((f) => f.role === 'contactPerson') ??
    template.fields.find((f) => f.key === 'contact' && f.kind === 'personName')
  );
}

/** The customer's own name: the first person-name field that is not the contact person. */
export function customerNameField(template: Template): Field | undefined {
  const contact = contactField(template);
  return template.fields.find((f) => f.kind === 'personName' && f !== contact);
}

/** What a template names its field for how the customer is addressed (Mr., Ms., 先生): the schema has no role for it. */
const SALUTATION_NAME = /^(?:salutation|honorific|称呼|称谓|尊称)$/;

/** The template's field for how the customer is addressed, when it has one: a text or choice field named Salutation or 称呼. */
export function salutationField(template: Template): Field | undefined {
  return template.fields.find(
    (f) =>
      (f.kind === 'text' || f.kind === 'choice') &&
      [f.labels['zh-CN'], f.labels['en-US'], ...f.synonyms].some((name) =>
        SALUTATION_NAME.test(name.normalize('NFKC').trim().toLowerCase()),
      ),
  );
}

/** Values that say "how the customer is addressed": honorifics are few and fixed, so even one or two of them decide. */
export function holdsHonorifics(profile: ColumnProfile): boolean {
  return profile.count > 0 && profile.honorific >= (profile.count < MIN_SAMPLE ? 1 : 0.6);
}

/** Values that say "organisation, not person": companies outnumber person names. */
export function holdsCompanies(profile: ColumnProfile): boolean {
  const s = profile.shares;
  return profile.count > 0 && s.company >= 0.3 && s.company > s.person;
}

/**
 * One or two values decide only when every one is a company name: a legal-form suffix (有限公司, Ltd)
 * does not occur in a person's name, so even a two-row list of companies is a list of companies.
 */
function smallSampleFit(field: Field, isCompany: boolean, profile: ColumnProfile): Fit {
  if (profile.count === 0 || profile.shares.company < 1) return 0;
  if (field.kind === 'personName') return -1;
  return isCompany ? 1 : 0;
}

export function fieldFit(field: Field, isCompany: boolean, profile: ColumnProfile): Fit {
  // Outlook's Title holds Mr. and Ms.: how the customer is addressed, not a job title, name or company
  // (the template's salutation field, if any, is confirmed by them where its header is read).
  if (field.kind === 'text' && holdsHonorifics(profile)) return -1;
  if (profile.count < MIN_SAMPLE) return smallSampleFit(field, isCompany, profile);
  const s = profile.shares;
  const elsewhere = (own: 'email' | 'phone' | 'date') =>
    (['company', 'person', 'id', 'date', 'phone', 'email', 'number'] as const).some(
      (shape) => shape !== own && s[shape] >= OTHER_SHAPE,
    );
  const typed = (except: 'email' | 'phone' | 'date' | 'none') =>
    Math.max(except === 'email' ? 0 : s.email, except === 'phone' ? 0 : s.phone, except === 'date' ? 0 : s.date);
  switch (field.kind) {
    case 'email':
      // Addresses written with their owner's name (Sarah Lee <sarah@acme.com>) are no other thing than e-mails.
      if (profile.withEmail >= OTHER_SHAPE) return 0;
      return s.email >= 0.6 ? 1 : s.email < 0.2 && elsewhere('email') ? -1 : 0;
    case 'phone': {
      // Landlines typed without an area code look like plain numbers; numbers with a note (13911112222
      // (微信同号)) like text.
      const phones = s.phone + profile.notedPhone;
      const text = s.text - profile.notedPhone;
      return phones >= 0.5 ? 1 : phones < 0.15 && s.number < 0.5 && (elsewhere('phone') || text >= 0.8) ? -1 : 0;
    }
    case 'date':
      // Date cells a host read as serial numbers look like plain numbers; amounts (¥128.00, 59.9) do not.
      if (s.date < 0.15 && profile.amount >= OTHER_SHAPE) return -1;
      return s.date >= 0.5 ? 1 : s.date < 0.15 && s.number < 0.5 && (elsewhere('date') || s.text >= 0.8) ? -1 : 0;
    case 'integer':
    case 'money':
      return s.number >= 0.6 ? 1 : s.number + s.id < 0.15 ? -1 : 0;
    case 'personName':
      if (holdsCompanies(profile)) return -1;
      if (s.person >= 0.4) return 1;
      return s.id + s.number + typed('none') >= 0.6 ? -1 : 0;
    case 'id':
      if (s.company >= 0.3 || s.person >= 0.4 || s.phone >= 0.6 || s.email >= 0.5 || s.date >= 0.6) return -1;
      return s.id + s.number >= 0.6 && profile.distinct >= 0.9 ? 1 : 0;
    default:
      if (isCompany) {
        if (s.company >= 0.3) return 1;
        if ((s.person >= 0.5 && s.company < 0.1) || s.id >= 0.6 || s.number >= 0.6 || typed('none') >= 0.5) return -1;
        return 0;
      }
      // Japan's postcodes (100-0005) read as local phones: they contradict no postcode's or other text's header.
      return typed('none') - profile.postal >= 0.8 ? -1 : 0;
  }
}
