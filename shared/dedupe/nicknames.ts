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
