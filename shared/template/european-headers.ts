/**
 * Headers of German, French, Spanish and Portuguese lists (a German ERP's Kundennr., Firma, PLZ, Ort;
 * a Latin American distributor's Empresa, Ciudad, Celular; a French Société, Ville, Portable) and the
 * header of the built-in template's words they mean. Many are short words of other meanings inside a
 * longer header (Land, Ort, Nom), so each names its field only as the whole header.
 */
import type { NamePart } from './header-words';
import type { Claim } from './header-claims';

export const EUROPEAN_HEADERS: readonly (readonly [foreign: string, meant: string])[] = [
  // German (Germany, Austria, Switzerland)
  ['Kundennummer', 'Customer ID'],
  ['Kundennr', 'Customer ID'],
  ['Kunden-Nr', 'Customer ID'],
  ['Firma', 'Company'],
  ['Firmenname', 'Company'],
  ['Unternehmen', 'Company'],
  ['Ansprechpartner', 'Contact'],
  // Only a template with a salutation field takes it (the built-in one has none).
  ['Anrede', 'Salutation'],
  ['Straße', 'Address'],
  ['Strasse', 'Address'],
  ['Straße und Hausnummer', 'Address'],
  ['Anschrift', 'Address'],
  ['PLZ', 'Postcode'],
  ['Postleitzahl', 'Postcode'],
  ['Ort', 'City'],
  ['Stadt', 'City'],
  ['Wohnort', 'City'],
  ['Bundesland', 'City'],
  ['Land', 'Country'],
  ['Telefon', 'Phone'],
  ['Telefonnummer', 'Phone'],
  ['Mobil', 'Mobile'],
  ['Mobiltelefon', 'Mobile'],
  ['Mobilnummer', 'Mobile'],
  ['Handy', 'Mobile'],
  ['Handynummer', 'Mobile'],
  ['E-Mail-Adresse', 'Email'],
  ['Geburtsdatum', 'Date of Birth'],
  ['Geburtstag', 'Date of Birth'],
  ['Bemerkung', 'Notes'],
  ['Bemerkungen', 'Notes'],
  ['Notiz', 'Notes'],
  ['Notizen', 'Notes'],
  ['Kommentar', 'Notes'],
  ['Kunde seit', 'Customer Since'],
  // Spanish (Spain, Mexico, Latin America)
  ['Nombre completo', 'Full Name'],
  ['Empresa', 'Company'],
  ['Compañía', 'Company'],
  ['Razón social', 'Company'],
  ['Contacto', 'Contact'],
  ['Tratamiento', 'Salutation'],
  ['Cargo', 'Title'],
  ['Puesto', 'Title'],
  ['Dirección', 'Address'],
  ['Domicilio', 'Address'],
  ['Código postal', 'Postcode'],
  ['Ciudad', 'City'],
  ['Provincia', 'City'],
  ['País', 'Country'],
  ['Teléfono', 'Phone'],
  ['Celular', 'Mobile'],
  ['Móvil', 'Mobile'],
  ['Correo', 'Email'],
  ['Correo electrónico', 'Email'],
  ['Fecha de nacimiento', 'Date of Birth'],
  ['Fecha de alta', 'Created'],
  ['Notas', 'Notes'],
  ['Observaciones', 'Notes'],
  ['Comentarios', 'Notes'],
  // Portuguese (Brazil, Portugal)
  ['Nome completo', 'Full Name'],
  ['Endereço', 'Address'],
  ['CEP', 'Postcode'],
  ['Cidade', 'City'],
  ['Telefone', 'Phone'],
  ['Telemóvel', 'Mobile'],
  ['Data de nascimento', 'Date of Birth'],
  ['Observações', 'Notes'],
  // French (France, Belgium, Switzerland, Canada)
  ['Nom complet', 'Full Name'],
  ['Civilité', 'Salutation'],
  ['Société', 'Company'],
  ['Entreprise', 'Company'],
  ['Raison sociale', 'Company'],
  ['Fonction', 'Title'],
  ['Poste', 'Title'],
  ['Adresse', 'Address'],
  ['Code postal', 'Postcode'],
  ['Ville', 'City'],
  ['Pays', 'Country'],
  ['Téléphone', 'Phone'],
  ['Portable', 'Mobile'],
  ['Courriel', 'Email'],
  ['Date de naissance', 'Date of Birth'],
  ['Remarques', 'Notes'],
  ['Date de création', 'Created'],
  ["Date d'ajout", 'Created'],
  ['Client depuis', 'Customer Since'],
  ['Dernière commande', 'Last Order'],
  ['Date de dernière commande', 'Last Order Date'],
  // What the customer brought in: a French list's turnover per customer is its spend.
  ["Chiffre d'affaires", 'Revenue'],
  ['Commentaire', 'Notes'],
];

/** A header with its accents taken off (Telefono for Teléfono): lists typed without them mean the same. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** A first-name header in any of these languages: the given name, never the whole name. */
export const FOREIGN_GIVEN_NAME = ['Vorname', 'Prénom', 'Prenom', 'Nombre de pila', 'Primeiro nome', 'Voornaam'];
/** A surname header in any of these languages. */
export const FOREIGN_FAMILY_NAME = [
  'Nachname',
  'Familienname',
  'Zuname',
  'Apellido',
  'Apellidos',
  'Apellido paterno',
  'Primer apellido',
  'Sobrenome',
  'Apelido',
  'Último nome',
  'Nom de famille',
  // Italian and Dutch
  'Cognome',
  'Achternaam',
];

/**
 * Headers that are the whole name alone and a part beside another part's header, as folded: Spanish
 * Nombre and Portuguese (or Italian) Nome are the given name beside Apellidos, Sobrenome or Cognome;
 * French Nom is the family name beside Prénom, as German Name is beside Vorname (English Name beside
 * First Name stays whole).
 */
const PART_BESIDE: readonly (readonly [header: string, beside: RegExp, part: NamePart])[] = [
  ['nombre', /^(?:apellidos?|apellidopaterno|primerapellido)$/, 'given'],
  ['nome', /^(?:sobrenome|apelido|últimonome|ultimonome|cognome)$/, 'given'],
  ['nom', /^pr[ée]nom$/, 'family'],
  ['name', /^vorname$/, 'family'],
];

/** The whole-name claims of those headers turned to the part the header beside says they are. */
export function namePartsBeside(claims: Claim[], folded: readonly string[], nameKey: string | undefined): Claim[] {
  if (!nameKey) return claims;
  return claims.map((c) => {
    if (c.field !== nameKey || c.part) return c;
    const header = folded[c.col - 1] ?? '';
    const rule = PART_BESIDE.find(([h, beside]) => h === header && folded.some((other) => beside.test(other)));
    return rule ? { ...c, part: rule[2] } : c;
  });
}
