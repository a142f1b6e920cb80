/**
 * English given names and the short forms people go by (Bob for Robert, Peggy for Margaret), so
 * that "Bob Smith" meets "Robert Smith" on a list where one sheet took the name from a form and
 * another from an e-mail signature. Each line is one name's family; a short form that serves
 * several names (Al, Alex, Chris, Sam) sits in each of their lines. Only forms that are not a
 * prefix of the full name are needed (Chris/Christopher already compare as shortened), but the
 * common prefix forms are listed too, so the family is whole.
 */
const FAMILIES = [
  'abigail abby abbie gail',
  'abraham abe bram',
  'albert al bert bertie',
  'alexander alex alec sandy xander lex',
  'alexandra alex alexa sandra sandy lexi',
  'alfred al alf alfie fred freddie',
  'allan alan al',
  'andrew andy drew',
  'angela angie',
  'anthony tony ant',
  'antonia toni',
  'arthur art artie',
  'barbara barb babs barbie',
  'benjamin ben benny benji',
  'bernard bernie',
  'beverly bev',
  'bradley brad',
  'catherine cathy cath kate katie kathy kat',
  'katherine kathy kate katie kat kay kit',
  'kathleen kathy kate katie',
  'charles charlie chuck chas chaz',
  'charlotte charlie lottie lotte',
  'christine chris chrissy tina',
  'christina chris chrissy tina',
  'christopher chris kit topher',
  'clifford cliff',
  'cynthia cindy',
  'daniel dan danny',
  'danielle dani',
  'david dave davy',
  'deborah debbie deb debra',
  'donald don donnie',
  'dorothy dot dottie dolly',
  'douglas doug',
  'edward ed eddie ted teddy ned',
  'edwin ed eddie',
  'eleanor ellie nell nora',
  'elizabeth liz lizzie beth betty betsy eliza libby bess',
  'emily em emmy',
  'eugene gene',
  'frances fran frankie fanny',
  'francis frank frankie fran',
  'frederick fred freddie freddy',
  'gabriel gabe',
  'gabrielle gabby',
  'gerald gerry jerry',
  'gregory greg',
  'harold harry hal',
  'henry harry hank hal',
  'isabella izzy bella isabel',
  'jacob jake',
  'james jim jimmy jamie',
  'janet jan',
  'jeffrey jeff',
  'jennifer jen jenny jenn',
  'jessica jess jessie',
  'john jack johnny jon',
  'jonathan jon jonny nathan',
  'joseph joe joey',
  'josephine jo josie',
  'joshua josh',
  'judith judy',
  'kenneth ken kenny',
  'kimberly kim',
  'lawrence larry laurie',
  'leonard leo len lenny',
  'louis lou louie',
  'margaret maggie meg peggy marge margie greta',
  'matilda tilly',
  'matthew matt matty',
  'melissa mel missy',
  'michael mike mikey mick mickey',
  'nancy nan',
  'nathaniel nate nathan nat',
  'nicholas nick nicky',
  'nicole nikki',
  'oliver ollie olly',
  'pamela pam',
  'patricia pat patty tricia trish',
  'patrick pat paddy',
  'peter pete',
  'philip phil',
  'phillip phil',
  'rachel rach',
  'raymond ray',
  'rebecca becky becca',
  'richard rick ricky rich dick',
  'robert bob bobby rob robbie bert',
  'roberta bobbie robbie',
  'ronald ron ronnie',
  'rosemary rose rosie',
  'samantha sam sammy',
  'samuel sam sammy',
  'sarah sally sadie',
  'stephanie steph stephie',
  'stephen steve stevie',
  'steven steve stevie',
  'susan sue susie suzy',
  'suzanne sue susie suzy',
  'theodore ted teddy theo',
  'thomas tom tommy',
  'timothy tim timmy',
  'valerie val',
  'victoria vicky tori',
  'vincent vince vinny',
  'walter walt wally',
  'william bill billy will willy liam',
  'zachary zach zack',
];

/** Each known name's families, by number. */
const FAMILIES_OF: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  FAMILIES.forEach((line, family) => {
    for (const name of line.split(' ')) {
      const list = map.get(name);
      if (!list) map.set(name, [family]);
      else if (!list.includes(family)) list.push(family);
    }
  });
  return map;
})();

/** The families of given-name families a lower-case Latin token belongs to (empty when none). */
export function nameFamilies(token: string): readonly number[] {
  return FAMILIES_OF.get(token) ?? [];
}

/** Whether two lower-case given names are one name's forms (Bob and Robert, Peggy and Margaret), not equal. */
export function nicknamesOfOneName(a: string, b: string): boolean {
  if (a === b) return false;
  const x = nameFamilies(a);
  if (x.length === 0) return false;
  const y = nameFamilies(b);
  return x.some((f) => y.includes(f));
}

/**
 * Masculine and feminine forms of one name, and other pairs of distinct given names a letter or two
 * apart (Paul, Paula; Jon, Joan): a husband and wife or a brother and sister in one household, not
 * one name mistyped. Each line is a name and the other names it is never a slip of. Variant
 * spellings of one name (Steven, Stephen; Carl, Karl) are not here: they may be one person's.
 */
const OTHER_FORMS = [
  'adrian adriana adrienne',
  'alberto alberta',
  'albert alberta',
  'alejandro alejandra',
  'alexander alexandra',
  'alexandro alexandra',
  'andre andrea',
  'angelo angela',
  'antonio antonia',
  'augustus augusta',
  'bernard bernadette',
  'brian briana brianna',
  'bryan bryana',
  'carl carla',
  'carlo carla',
  'carlos carla',
  'christian christina christine',
  'claude claudia',
  'daniel daniela danielle',
  'dean deana deanna',
  'denis denise',
  'dennis denise',
  'edwin edwina',
  'emil emilia',
  'eric erica erika',
  'erik erica erika',
  'ernest ernestine',
  'fernando fernanda',
  'francis frances francesca',
  'francisco francisca',
  'frederick frederica',
  'gabriel gabriela gabriella gabrielle',
  'george georgia georgina',
  'glen glenda',
  'glenn glenda',
  'henry henrietta',
  'ivan ivana',
  'jesse jessie jessica',
  'joel joelle',
  'john joan jean',
  'jon joan',
  'joseph josephine',
  'juan juana',
  'julian juliana julia',
  'julius julia',
  'justin justine justina',
  'karl karla',
  'leon leona',
  'louis louise louisa',
  'luis luisa',
  'manuel manuela',
  'marcel marcella marcelle',
  'mario maria',
  'martin martina',
  'max maxine',
  'michael michaela michelle',
  'nicholas nicola nicole',
  'noel noelle',
  'oliver olivia',
  'patrick patricia',
  'paul paula paulette pauline',
  'philip philippa',
  'phillip phillipa',
  'rene renee',
  'robert roberta',
  'roberto roberta',
  'simon simone',
  'stephen stephanie',
  'steven stephanie',
  'tony toni',
  'victor victoria',
  'yves yvette yvonne',
];

/** Each name with the names it is never a slip of (both ways). */
const OTHER_FORMS_OF: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = map.get(a);
    if (set) set.add(b);
    else map.set(a, new Set([b]));
  };
  for (const line of OTHER_FORMS) {
    const [name, ...others] = line.split(' ');
    for (const other of others) {
      add(name!, other);
      add(other, name!);
    }
  }
  return map;
})();

/** Whether a lower-case Latin word is a given name this file knows (Rebecca, Paula). */
export function knownGivenName(token: string): boolean {
  return FAMILIES_OF.has(token) || OTHER_FORMS_OF.has(token);
}

/**
 * Whether two lower-case given names are two people's names however alike they are spelt: a
 * masculine and a feminine form (Daniel, Danielle) or another such pair (Jon, Joan). A nickname of
 * one name (Jess, Jessie) is still one name.
 */
export function twoGivenNames(a: string, b: string): boolean {
  return a !== b && (OTHER_FORMS_OF.get(a)?.has(b) ?? false) && !nicknamesOfOneName(a, b);
}
